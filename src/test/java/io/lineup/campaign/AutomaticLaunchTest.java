package io.lineup.campaign;

import static io.lineup.support.TestData.aProfileList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.support.IntegrationTest;
import io.lineup.support.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** A campaign with an automatic launch launches on its own schedule, whatever the groups do. */
class AutomaticLaunchTest extends IntegrationTest {

  @Autowired Scheduler scheduler;

  private Instant start;

  @BeforeEach
  void pinClock() {
    start = clock.instant();
    clock.set(TestClockConfiguration.START); // 08:00 UTC, 2 March 2026
  }

  @AfterEach
  void restoreClock() {
    clock.set(start);
  }

  @Test
  void aDailyAutomaticLaunchLaunchesAtItsMinuteAndMovesOnToTheNextDay() {
    String list = unique("AUTO");
    api().post("/api/v1/tables", aProfileList(list), HttpStatus.CREATED);
    JsonNode campaign =
        api()
            .post(
                "/api/v1/campaigns",
                campaign(list, Map.of("type", "DAILY", "hour", 10, "slot", 2, "zone", "UTC")),
                HttpStatus.CREATED);
    long id = campaign.get("id").asLong();
    int minute = campaign.get("automaticLaunch").get("minute").asInt();
    assertThat(minute).isBetween(30, 44);

    clock.set(Instant.parse("2026-03-02T10:" + minute + ":00Z").plusMillis(100));
    scheduler.triggerCheckForDueExecutions();

    await().atMost(Duration.ofSeconds(20)).until(() -> launches(id).size() == 1);
    JsonNode launch = launches(id).get(0);
    assertThat(launch.get("trigger").asString()).isEqualTo("SCHEDULE");
    // the launch is recorded while the start executes; the next day's time is set once it is done
    await()
        .until(
            () ->
                jdbc
                    .sql(
                        "SELECT execution_time FROM lineup_scheduled_tasks WHERE task_name ="
                            + " 'campaign-start' AND task_instance = ? AND picked = FALSE")
                    .param(Long.toString(id))
                    .query(java.time.OffsetDateTime.class)
                    .list()
                    .stream()
                    .map(java.time.OffsetDateTime::toInstant)
                    .toList()
                    .equals(List.of(Instant.parse("2026-03-03T10:" + minute + ":00Z"))));

    api().delete("/api/v1/campaigns/" + id, HttpStatus.NO_CONTENT);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM lineup_scheduled_tasks WHERE task_name = 'campaign-start'"
                        + " AND task_instance = ?")
                .param(Long.toString(id))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anAutomaticLaunchFollowsTheScheduleRules() {
    String list = unique("AUTO");
    api().post("/api/v1/tables", aProfileList(list), HttpStatus.CREATED);
    JsonNode past =
        api()
            .post(
                "/api/v1/campaigns",
                campaign(
                    list,
                    Map.of(
                        "type", "ONCE", "date", "2026-03-02", "hour", 8, "slot", 0, "zone", "UTC")),
                HttpStatus.BAD_REQUEST);
    assertThat(past.get("errors").toString()).contains("The selected time occurs in the past");
    JsonNode zone =
        api()
            .post(
                "/api/v1/campaigns",
                campaign(list, Map.of("type", "DAILY", "hour", 9, "slot", 0, "zone", "Mars/Base")),
                HttpStatus.BAD_REQUEST);
    assertThat(zone.get("errors").findValuesAsString("field")).contains("automaticLaunch.zone");
  }

  private Map<String, Object> campaign(String list, Map<String, Object> automaticLaunch) {
    return Map.of(
        "name",
        unique("Auto"),
        "profileList",
        list,
        "from",
        "news@example.com",
        "subject",
        "Hello",
        "textBody",
        "Hi",
        "automaticLaunch",
        automaticLaunch);
  }

  private List<JsonNode> launches(long id) {
    return api().get("/api/v1/campaigns/" + id + "/launches").valueStream().toList();
  }
}
