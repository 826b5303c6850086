package io.lineup.schedule;

import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.group.Schedule;
import io.lineup.job.JobRequest;
import io.lineup.support.IntegrationTest;
import io.lineup.support.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Standalone jobs with a schedule of their own: they run on it, stay out of groups, expire. */
class ScheduledJobTest extends IntegrationTest {

  @Autowired Scheduler scheduler;

  private Instant start;
  private final List<Long> jobs = new ArrayList<>();

  @BeforeEach
  void keepClock() {
    start = clock.instant();
    clock.set(TestClockConfiguration.START); // 08:00 UTC, 2 March 2026
  }

  @AfterEach
  void restore() {
    jobs.forEach(id -> api().post("/api/v1/jobs/" + id + "/deactivate", null, HttpStatus.OK));
    clock.set(start);
  }

  @Test
  void aScheduledJobRunsOnItsOwnUntilItExpires() {
    // due today at 13:mm UTC; expires before tomorrow's start
    JsonNode job =
        saveJob(ScheduleApiTest.daily(13, 1, "UTC"), Instant.parse("2026-03-03T12:00:00Z"));
    long id = job.get("id").asLong();
    int minute = job.get("schedule").get("minute").asInt();
    assertThat(minute).isBetween(15, 29);
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    Instant due = Instant.parse("2026-03-02T13:" + minute + ":00Z");
    assertThat(executionTimes(id)).containsExactly(due);

    clock.set(due.plusMillis(100));
    scheduler.triggerCheckForDueExecutions();

    await().atMost(Duration.ofSeconds(20)).until(() -> runs(id).size() == 1);
    JsonNode run = api().awaitEnd("/api/v1/job-runs/" + runs(id).get(0).get("id").asLong());
    assertThat(run.get("trigger").asString()).isEqualTo("SCHEDULE");
    assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
    // tomorrow's start comes after the expiry: nothing more is scheduled
    await().atMost(Duration.ofSeconds(20)).until(() -> executionTimes(id).isEmpty());
  }

  @Test
  void aJobOnDemandHasNoScheduleAndAScheduledJobCannotJoinAGroup() {
    JsonNode refused =
        api()
            .post(
                "/api/v1/jobs",
                withSchedule(baseJob(), true, ScheduleApiTest.daily(1, 0, "UTC"), null),
                HttpStatus.BAD_REQUEST);
    assertThat(refused.get("errors").findValuesAsString("field")).containsExactly("schedule.type");

    long id = saveJob(ScheduleApiTest.daily(1, 0, "UTC"), null).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    JsonNode group = api().post("/api/v1/groups", aGroup(unique("G"), id), HttpStatus.BAD_REQUEST);
    assertThat(group.get("errors").get(0).get("field").asString()).isEqualTo("jobIds[0]");
  }

  @Test
  void anExpiredJobIsNotScheduled() {
    long id =
        saveJob(ScheduleApiTest.daily(1, 0, "UTC"), Instant.parse("2026-03-02T12:00:00Z"))
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    assertThat(executionTimes(id)).as("the only start before expiry was at 01:xx today").isEmpty();
  }

  private JsonNode saveJob(Schedule schedule, Instant expiresAt) {
    JsonNode job =
        api()
            .post(
                "/api/v1/jobs",
                withSchedule(baseJob(), false, schedule, expiresAt),
                HttpStatus.CREATED);
    jobs.add(job.get("id").asLong());
    return job;
  }

  private JobRequest baseJob() {
    String list = unique("SOLO");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    String file = dropFile(list + "/in.csv", "email,first\na@example.com,A\n");
    return aJob(list, file)
        .named("Solo " + list)
        .map("email", "EMAIL_ADDRESS_")
        .map("first", "FIRST_NAME")
        .match("EMAIL_ADDRESS_")
        .build();
  }

  private static JobRequest withSchedule(
      JobRequest r, boolean onDemand, Schedule schedule, Instant expiresAt) {
    return new JobRequest(
        r.name(),
        r.description(),
        r.table(),
        r.source(),
        r.format(),
        r.mapping(),
        r.match(),
        r.mergeRule(),
        onDemand,
        schedule,
        expiresAt);
  }

  private List<JsonNode> runs(long jobId) {
    List<JsonNode> runs = new ArrayList<>();
    api().get("/api/v1/jobs/" + jobId + "/runs").forEach(runs::add);
    return runs;
  }

  private List<Instant> executionTimes(long jobId) {
    return jdbc
        .sql(
            "SELECT execution_time FROM lineup_scheduled_tasks"
                + " WHERE task_name = 'job-start' AND task_instance = ?")
        .param(Long.toString(jobId))
        .query(OffsetDateTime.class)
        .list()
        .stream()
        .map(OffsetDateTime::toInstant)
        .toList();
  }
}
