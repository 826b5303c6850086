package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunRepository.PlannedStep;
import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import io.lineup.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Groups run on their schedules through db-scheduler: on time, skipped while still running, caught
 * up once after downtime. Time moves by the settable clock; due work runs at once. Runs on H2 and
 * on PostgreSQL.
 */
abstract class ScheduledRunContract extends IntegrationTest {

  @Autowired Scheduler scheduler;
  @Autowired GroupRepository groups;
  @Autowired GroupRunRepository groupRuns;

  private ScheduleFixture fixture;
  private Instant start;

  @BeforeEach
  void setUp() {
    start = clock.instant();
    fixture = new ScheduleFixture(api(), IntegrationTest::unique, IntegrationTest::dropFile);
  }

  @AfterEach
  void tearDown() {
    fixture.cleanUp();
    clock.set(start);
  }

  @Test
  void aDueStartRunsTheGroupOnceAndMovesOnToTheNextStart() {
    JsonNode group = fixture.activeGroup(ScheduleApiTest.daily(10, 2, "UTC"));
    long id = group.get("id").asLong();
    Instant due = Instant.parse(group.get("nextRunAt").asString());

    clock.set(due.plusMillis(250));
    scheduler.triggerCheckForDueExecutions();

    JsonNode run = awaitRuns(id, 1).get(0);
    assertThat(run.get("trigger").asString()).isEqualTo("SCHEDULE");
    run = api().awaitEnd("/api/v1/group-runs/" + run.get("id").asLong());
    assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
    awaitExecutionAt(id, due.plus(Duration.ofDays(1)));
    scheduler.triggerCheckForDueExecutions();
    assertThat(runs(id)).hasSize(1);
  }

  @Test
  void aStartWhileTheGroupStillRunsIsRecordedAsSkippedWithTheReason() {
    JsonNode json = fixture.activeGroup(ScheduleApiTest.daily(10, 0, "UTC"));
    long id = json.get("id").asLong();
    Instant due = Instant.parse(json.get("nextRunAt").asString());
    Group group = groups.find(id).orElseThrow();
    long running =
        groupRuns.create(
            group,
            List.of(new PlannedStep(group.jobIds().get(0), "still running")),
            Trigger.API,
            clock.instant());
    assertThat(groups.claim(id, running)).isTrue();

    clock.set(due.plusSeconds(1));
    scheduler.triggerCheckForDueExecutions();

    JsonNode skipped = awaitRuns(id, 2).get(0);
    assertThat(skipped.get("status").asString()).isEqualTo("SKIPPED");
    assertThat(skipped.get("trigger").asString()).isEqualTo("SCHEDULE");
    assertThat(skipped.get("error").asString())
        .startsWith("Skipped: ")
        .contains("is already running (run " + running + ")");
    assertThat(Instant.parse(skipped.get("queuedAt").asString())).isEqualTo(due);
    awaitExecutionAt(id, due.plus(Duration.ofDays(1)));

    groupRuns.finish(running, RunStatus.CANCELLED, "test", clock.instant());
    groups.release(id, running);
  }

  @Test
  void afterDowntimeTheLatestMissedStartRunsOnceAndOlderOnesAreRecordedAsMissed() {
    JsonNode group = fixture.activeGroup(ScheduleApiTest.daily(9, 1, "UTC"));
    long id = group.get("id").asLong();
    Instant due = Instant.parse(group.get("nextRunAt").asString());

    // no node ran for two days and a bit: three starts came due, the last one an hour ago
    clock.set(due.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
    scheduler.triggerCheckForDueExecutions();

    List<JsonNode> runs = awaitRuns(id, 3);
    JsonNode ran = runs.get(0);
    assertThat(ran.get("trigger").asString()).isEqualTo("SCHEDULE");
    assertThat(
            api().awaitEnd("/api/v1/group-runs/" + ran.get("id").asLong()).get("status").asString())
        .isEqualTo("SUCCEEDED");
    for (JsonNode missed : runs.subList(1, 3)) {
      assertThat(missed.get("status").asString()).isEqualTo("SKIPPED");
      assertThat(missed.get("error").asString()).startsWith("Missed: ");
    }
    assertThat(runs.subList(1, 3))
        .extracting(r -> Instant.parse(r.get("queuedAt").asString()))
        .containsExactly(due.plus(Duration.ofDays(1)), due);
    awaitExecutionAt(id, due.plus(Duration.ofDays(3)));
    assertThat(runs(id)).hasSize(3);
  }

  @Test
  void aStartOlderThanTheCatchUpWindowIsOnlyRecordedAsMissed() {
    Schedule weekly =
        new Schedule(
            ScheduleType.WEEKLY, null, List.of(DayOfWeek.MONDAY), null, 12, 0, null, "UTC");
    JsonNode group = fixture.activeGroup(weekly);
    long id = group.get("id").asLong();
    Instant due = Instant.parse(group.get("nextRunAt").asString());

    clock.set(due.plus(Duration.ofDays(3)));
    scheduler.triggerCheckForDueExecutions();

    List<JsonNode> runs = awaitRuns(id, 1);
    assertThat(runs.get(0).get("status").asString()).isEqualTo("SKIPPED");
    assertThat(runs.get(0).get("error").asString()).startsWith("Missed: ");
    awaitExecutionAt(id, due.plus(Duration.ofDays(7)));
    assertThat(runs(id)).hasSize(1);
  }

  private List<JsonNode> awaitRuns(long groupId, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> runs(groupId).size() >= count);
    return runs(groupId);
  }

  private List<JsonNode> runs(long groupId) {
    List<JsonNode> runs = new ArrayList<>();
    api().get("/api/v1/groups/" + groupId + "/runs").forEach(runs::add);
    return runs;
  }

  private void awaitExecutionAt(long groupId, Instant next) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc
                    .sql(
                        "SELECT execution_time FROM lineup_scheduled_tasks WHERE task_name ="
                            + " 'group-start' AND task_instance = ? AND picked = FALSE")
                    .param(Long.toString(groupId))
                    .query(OffsetDateTime.class)
                    .list()
                    .stream()
                    .map(OffsetDateTime::toInstant)
                    .toList()
                    .equals(List.of(next)));
  }
}
