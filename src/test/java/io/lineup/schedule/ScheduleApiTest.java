package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import io.lineup.support.IntegrationTest;
import io.lineup.support.TestClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Schedules through the REST API: the minute, the next runs, validation, activation. */
class ScheduleApiTest extends IntegrationTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private ScheduleFixture fixture;

  private ScheduleFixture fixture() {
    if (fixture == null) {
      fixture = new ScheduleFixture(api(), IntegrationTest::unique, IntegrationTest::dropFile);
    }
    return fixture;
  }

  private Instant before;

  /** The expectations below are written for the test clock's start: 08:00 UTC, 2 March 2026. */
  @BeforeEach
  void atStart() {
    before = clock.instant();
    clock.set(TestClockConfiguration.START);
  }

  @AfterEach
  void cleanUp() {
    fixture().cleanUp();
    clock.set(before);
  }

  @Test
  void aSavedScheduleGetsAMinuteInItsSlotAndListsItsNextRuns() {
    JsonNode group = fixture().group(daily(2, 1, "Europe/Paris"));
    int minute = group.get("schedule").get("minute").asInt();
    assertThat(minute).isBetween(15, 29);
    assertThat(group.get("nextRunAt").isNull()).as("a draft does not run").isTrue();

    JsonNode next = api().get("/api/v1/groups/" + group.get("id").asLong() + "/next-runs?count=3");

    assertThat(next).hasSize(3);
    LocalDate day = LocalDate.of(2026, 3, 3); // 02:xx on 2 March (Paris) is already past
    for (int i = 0; i < 3; i++) {
      assertThat(Instant.parse(next.get(i).asString()))
          .isEqualTo(ZonedDateTime.of(day.plusDays(i), LocalTime.of(2, minute), PARIS).toInstant());
    }
  }

  @Test
  void activatingSchedulesTheNextStartAndDeactivatingRemovesIt() {
    JsonNode group = fixture().activeGroup(daily(11, 3, "UTC"));
    long id = group.get("id").asLong();
    int minute = group.get("schedule").get("minute").asInt();
    Instant next = Instant.parse("2026-03-02T11:" + minute + ":00Z");
    assertThat(Instant.parse(group.get("nextRunAt").asString())).isEqualTo(next);
    assertThat(executionTime(id)).containsExactly(next);

    api().post("/api/v1/groups/" + id + "/deactivate", null, HttpStatus.OK);
    assertThat(executionTime(id)).isEmpty();
    assertThat(api().get("/api/v1/groups/" + id).get("nextRunAt").isNull()).isTrue();

    api().post("/api/v1/groups/" + id + "/activate", null, HttpStatus.OK);
    assertThat(executionTime(id)).containsExactly(next);
  }

  @Test
  void editingKeepsTheMinuteUnlessTheHourOrSlotChangesAndReschedules() {
    JsonNode group = fixture().activeGroup(daily(11, 0, "UTC"));
    long id = group.get("id").asLong();
    int minute = group.get("schedule").get("minute").asInt();

    JsonNode sameSlot = put(id, group, daily(11, 0, "Europe/London"));
    assertThat(sameSlot.get("schedule").get("minute").asInt()).isEqualTo(minute);

    JsonNode otherHour = put(id, group, daily(15, 2, "UTC"));
    int newMinute = otherHour.get("schedule").get("minute").asInt();
    assertThat(newMinute).isBetween(30, 44);
    Instant next = Instant.parse("2026-03-02T15:" + newMinute + ":00Z");
    assertThat(Instant.parse(otherHour.get("nextRunAt").asString())).isEqualTo(next);
    assertThat(executionTime(id)).containsExactly(next);

    put(id, group, Schedule.none());
    assertThat(executionTime(id)).isEmpty();
  }

  @Test
  void aOneTimeScheduleInTheSlotRunningNowIsRefused() {
    // the clock says 08:00 UTC on 2 March: slot 0 of hour 8 is running now
    JsonNode problem =
        api()
            .post(
                "/api/v1/groups",
                new io.lineup.group.GroupRequest(
                    unique("Once"),
                    null,
                    List.of(),
                    null,
                    null,
                    new Schedule(
                        ScheduleType.ONCE,
                        LocalDate.of(2026, 3, 2),
                        null,
                        null,
                        8,
                        0,
                        null,
                        "UTC")),
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("schedule.date");
    assertThat(problem.get("errors").get(0).get("message").asString())
        .isEqualTo("The selected time occurs in the past");
  }

  @Test
  void unknownZoneDayAndSlotGetFieldErrors() {
    JsonNode zoneAndSlot =
        api()
            .postJson(
                "/api/v1/groups",
                """
                {"name": "%s", "schedule": {"type": "DAILY", "hour": 2, "slot": 7,
                 "zone": "Mars/Olympus"}}"""
                    .formatted(unique("Bad")),
                HttpStatus.BAD_REQUEST);
    assertThat(zoneAndSlot.get("errors").findValuesAsString("field"))
        .containsExactly("schedule.slot", "schedule.zone");

    JsonNode day =
        api()
            .postJson(
                "/api/v1/groups",
                """
                {"name": "%s", "schedule": {"type": "WEEKLY", "daysOfWeek": ["FUNDAY"],
                 "hour": 2, "slot": 0, "zone": "UTC"}}"""
                    .formatted(unique("Bad")),
                HttpStatus.BAD_REQUEST);
    assertThat(day.get("errors").get(0).get("field").asString())
        .isEqualTo("schedule.daysOfWeek[0]");
  }

  private JsonNode put(long id, JsonNode group, Schedule schedule) {
    List<Long> jobIds = List.of(group.get("jobIds").get(0).asLong());
    return api()
        .put(
            "/api/v1/groups/" + id,
            new io.lineup.group.GroupRequest(
                group.get("name").asString(), null, jobIds, null, null, schedule),
            HttpStatus.OK);
  }

  private List<Instant> executionTime(long groupId) {
    return jdbc
        .sql(
            "SELECT execution_time FROM lineup_scheduled_tasks"
                + " WHERE task_name = 'group-start' AND task_instance = ?")
        .param(Long.toString(groupId))
        .query(java.time.OffsetDateTime.class)
        .list()
        .stream()
        .map(java.time.OffsetDateTime::toInstant)
        .toList();
  }

  static Schedule daily(int hour, int slot, String zone) {
    return new Schedule(ScheduleType.DAILY, null, null, null, hour, slot, null, zone);
  }
}
