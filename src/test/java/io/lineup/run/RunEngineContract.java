package io.lineup.run;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunRepository.PlannedStep;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.job.JobRunRepository;
import io.lineup.load.ImportCancelledException;
import io.lineup.load.ImportProgress;
import io.lineup.load.Importer;
import io.lineup.support.IntegrationTest;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** How runs survive a stop and a cancel. Runs on H2 and on PostgreSQL. */
abstract class RunEngineContract extends IntegrationTest {

  @Autowired GroupRepository groups;
  @Autowired GroupRunRepository groupRuns;
  @Autowired JobRepository jobs;
  @Autowired JobRunRepository jobRuns;
  @Autowired NodeRecovery recovery;
  @Autowired Dispatcher dispatcher;
  @Autowired Scheduler scheduler;
  @Autowired Importer importer;

  @Test
  void aRunCutOffByAStopIsResumedAtTheNextStartWithoutRepeatingWhatWasDone() {
    Setup s = setup(2);
    Group group = groups.find(s.groupId).orElseThrow();
    ImportJob first = jobs.find(s.jobIds.get(0)).orElseThrow();
    ImportJob second = jobs.find(s.jobIds.get(1)).orElseThrow();
    // What a node leaves behind when killed during the second job: job 1 done, job 2 half way.
    long runId =
        groupRuns.create(
            group,
            List.of(
                new PlannedStep(first.id(), first.name()),
                new PlannedStep(second.id(), second.name())),
            Trigger.API,
            clock.instant());
    groups.claim(group.id(), runId);
    groupRuns.start(runId, clock.instant());
    long done = jobRuns.create(first, Trigger.GROUP, runId, clock.instant());
    jobRuns.start(done, clock.instant());
    jobRuns.succeed(done, 7, 7, 0, 0, clock.instant());
    groupRuns.startStep(runId, 0, done);
    groupRuns.endStep(runId, 0, RunStatus.SUCCEEDED);
    long cutOff = jobRuns.create(second, Trigger.GROUP, runId, clock.instant());
    jobRuns.start(cutOff, clock.instant());
    groupRuns.startStep(runId, 1, cutOff);
    pickedExecution(runId + ":1", "test-node");
    pickedExecution("999999:0", "another-node");

    // at least: this node's live scheduler may hold another test's execution at this moment
    assertThat(recovery.releaseOwnExecutions()).isPositive();
    assertThat(
            jdbc.sql("SELECT picked FROM lineup_scheduled_tasks WHERE task_instance = ?")
                .param(runId + ":1")
                .query(Boolean.class)
                .single())
        .isFalse();
    scheduler.triggerCheckForDueExecutions();

    JsonNode run = api().awaitEnd("/api/v1/group-runs/" + runId);
    assertThatRun(run).hasStatus("SUCCEEDED");
    assertThatRun(run).step(0).hasCounts(7, 7, 0, 0);
    assertThat(run.get("steps").get(0).get("jobRunId").asLong()).isEqualTo(done);
    assertThatRun(run).step(1).hasStatus("SUCCEEDED").hasCounts(2, 2, 0, 0);
    assertThat(run.get("steps").get(1).get("jobRunId").asLong()).isNotEqualTo(cutOff);
    assertThatRun(api().get("/api/v1/job-runs/" + cutOff))
        .hasStatus("FAILED")
        .hasErrorContaining("Interrupted");
    assertThat(api().get("/api/v1/job-runs/" + done).get("status").asString())
        .isEqualTo("SUCCEEDED");
    assertThat(groups.find(group.id()).orElseThrow().runningRunId()).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT picked_by FROM lineup_scheduled_tasks WHERE task_instance = '999999:0'")
                .query(String.class)
                .single())
        .isEqualTo("another-node");
    jdbc.sql("DELETE FROM lineup_scheduled_tasks WHERE task_instance = '999999:0'").update();
  }

  @Test
  void aCancelRequestedBeforeAStepEndsTheRunAndSkipsTheRest() {
    Setup s = setup(2);
    Group group = groups.find(s.groupId).orElseThrow();
    long runId =
        groupRuns.create(
            group,
            s.jobIds.stream().map(id -> new PlannedStep(id, "job " + id)).toList(),
            Trigger.API,
            clock.instant());
    groups.claim(group.id(), runId);
    groupRuns.requestCancel(runId);

    dispatcher.groupStep(new StepRef(runId, 0));

    JsonNode run = api().awaitEnd("/api/v1/group-runs/" + runId);
    assertThatRun(run).hasStatus("CANCELLED");
    assertThatRun(run).step(0).hasStatus("SKIPPED");
    assertThatRun(run).step(1).hasStatus("SKIPPED");
    assertThat(api().get("/api/v1/tables/" + s.list + "/records").get("total").asLong()).isZero();
    assertThat(groups.find(group.id()).orElseThrow().runningRunId()).isNull();
  }

  @Test
  void anImportCancelledHalfWayIsRolledBack() {
    Setup s = setup(1);
    StringBuilder csv = new StringBuilder("email,first\n");
    for (int i = 0; i < 2500; i++) {
      csv.append("person").append(i).append("@example.com,P").append(i).append('\n');
    }
    String big = dropFile(s.list + "/big.csv", csv.toString());
    long jobId =
        api()
            .post(
                "/api/v1/jobs",
                aJob(s.list, big)
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    ImportJob job = jobs.find(jobId).orElseThrow();
    long jobRunId = jobRuns.create(job, Trigger.API, null, clock.instant());
    AtomicInteger chunks = new AtomicInteger();

    assertThatThrownBy(
            () ->
                importer.run(
                    job, jobRunId, () -> chunks.incrementAndGet() >= 2, ImportProgress.NONE))
        .isInstanceOf(ImportCancelledException.class);

    assertThat(chunks.get()).isEqualTo(2);
    assertThat(api().get("/api/v1/tables/" + s.list + "/records").get("total").asLong()).isZero();
  }

  private record Setup(String list, List<Long> jobIds, long groupId) {}

  /** A profile list, {@code jobs} active jobs loading two contacts each, and an active group. */
  private Setup setup(int jobCount) {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < jobCount; i++) {
      String file =
          dropFile(
              list + "/part" + i + ".csv",
              "email,first\nj" + i + "a@example.com,A\nj" + i + "b@example.com,B\n");
      long id =
          api()
              .post(
                  "/api/v1/jobs",
                  aJob(list, file)
                      .named("Part " + i)
                      .map("email", "EMAIL_ADDRESS_")
                      .map("first", "FIRST_NAME")
                      .match("EMAIL_ADDRESS_")
                      .build(),
                  HttpStatus.CREATED)
              .get("id")
              .asLong();
      api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
      ids.add(id);
    }
    long group =
        api()
            .post(
                "/api/v1/groups", aGroup(unique("G"), ids.toArray(Long[]::new)), HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/groups/" + group + "/activate", null, HttpStatus.OK);
    return new Setup(list, ids, group);
  }

  private void pickedExecution(String instance, String node) {
    jdbc.sql(
            """
            INSERT INTO lineup_scheduled_tasks (task_name, task_instance, execution_time, picked,
                picked_by, last_heartbeat, version)
            VALUES ('group-run-step', ?, ?, TRUE, ?, ?, 1)""")
        .params(
            instance,
            clock.instant().atOffset(ZoneOffset.UTC),
            node,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }
}
