package io.lineup.group;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.run.Trigger;
import io.lineup.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class GroupApiTest extends IntegrationTest {

  @Autowired GroupRepository groups;
  @Autowired GroupRunRepository groupRuns;
  @Autowired JobRepository jobs;

  private String list;
  private String file;

  @BeforeEach
  void aProfileListAndAFile() {
    list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list), HttpStatus.CREATED);
    file = dropFile(list + ".csv", "email\nann@example.com\n");
  }

  @Test
  void aSavedGroupIsADraftThatCannotBeActivatedUntilComplete() {
    JsonNode group = api().post("/api/v1/groups", aGroup(unique("Empty")), HttpStatus.CREATED);
    long id = group.get("id").asLong();
    assertThat(group.get("status").asString()).isEqualTo("DRAFT");

    JsonNode refused =
        api().post("/api/v1/groups/" + id + "/activate", null, HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("jobIds");
    JsonNode check = api().get("/api/v1/groups/" + id + "/errors");
    assertThat(check.get("valid").asBoolean()).isFalse();
    assertThat(check.get("errors")).isEqualTo(refused.get("errors"));

    long job = activeJob();
    JsonNode updated =
        api().put("/api/v1/groups/" + id, aGroup(group.get("name").asString(), job), HttpStatus.OK);
    assertThat(updated.get("jobIds").get(0).asLong()).isEqualTo(job);
    assertThat(api().get("/api/v1/groups/" + id + "/errors").get("valid").asBoolean()).isTrue();
    assertThat(
            api()
                .post("/api/v1/groups/" + id + "/activate", null, HttpStatus.OK)
                .get("status")
                .asString())
        .isEqualTo("ACTIVE");
    api().post("/api/v1/groups/" + id + "/runs", null, HttpStatus.ACCEPTED);
  }

  @Test
  void onlyActiveOnDemandJobsMayJoinAndEachJoinsOneGroup() {
    long draft = api().post("/api/v1/jobs", jobRequest(), HttpStatus.CREATED).get("id").asLong();
    JsonNode problem =
        api().post("/api/v1/groups", aGroup(unique("G"), draft), HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("jobIds[0]");

    long job = activeJob();
    api().post("/api/v1/groups", aGroup(unique("First"), job), HttpStatus.CREATED);
    JsonNode taken =
        api().post("/api/v1/groups", aGroup(unique("Second"), job), HttpStatus.BAD_REQUEST);
    assertThat(taken.get("errors").get(0).get("message").asString())
        .contains("already belongs to group");
  }

  @Test
  void groupNamesAreUniqueWhateverTheirCase() {
    String name = unique("Nightly");
    api().post("/api/v1/groups", aGroup(name), HttpStatus.CREATED);
    JsonNode problem =
        api().post("/api/v1/groups", aGroup(name.toUpperCase()), HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
  }

  @Test
  void aDraftGroupDoesNotRunAndARunningGroupDoesNotRunTwice() {
    long job = activeJob();
    long id =
        api()
            .post("/api/v1/groups", aGroup(unique("G"), job), HttpStatus.CREATED)
            .get("id")
            .asLong();
    assertThat(
            api()
                .post("/api/v1/groups/" + id + "/runs", null, HttpStatus.CONFLICT)
                .get("detail")
                .asString())
        .contains("is DRAFT");
    api().post("/api/v1/groups/" + id + "/activate", null, HttpStatus.OK);

    long held = aQueuedRunThatNoNodeHasPickedUp(id, job);
    JsonNode refused = api().post("/api/v1/groups/" + id + "/runs", null, HttpStatus.CONFLICT);
    assertThat(refused.get("detail").asString()).contains("is already running");
    api().delete("/api/v1/groups/" + id, HttpStatus.CONFLICT);

    JsonNode cancelled =
        api().post("/api/v1/group-runs/" + held + "/cancel", null, HttpStatus.ACCEPTED);
    assertThatRun(cancelled).hasStatus("CANCELLED");
    assertThatRun(cancelled).step(0).hasStatus("SKIPPED");
    api().post("/api/v1/group-runs/" + held + "/cancel", null, HttpStatus.CONFLICT);

    JsonNode next = api().post("/api/v1/groups/" + id + "/runs", null, HttpStatus.ACCEPTED);
    assertThatRun(api().awaitEnd("/api/v1/group-runs/" + next.get("id").asLong()))
        .hasStatus("SUCCEEDED");
    assertThat(
            api()
                .get("/api/v1/groups/" + id + "/runs")
                .valueStream()
                .map(r -> r.get("status").asString()))
        .containsExactly("SUCCEEDED", "CANCELLED");
  }

  @Test
  void deletingAGroupKeepsItsJobsFreeToJoinAnother() {
    long job = activeJob();
    long id =
        api()
            .post("/api/v1/groups", aGroup(unique("G"), job), HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().delete("/api/v1/jobs/" + job, HttpStatus.CONFLICT);

    api().delete("/api/v1/groups/" + id, HttpStatus.NO_CONTENT);

    assertThat(api().get("/api/v1/jobs/" + job).get("status").asString()).isEqualTo("ACTIVE");
    api().post("/api/v1/groups", aGroup(unique("Other"), job), HttpStatus.CREATED);
  }

  @Test
  void unknownGroupsAndRunsAreNotFound() {
    assertThat(api().get("/api/v1/groups/999999", HttpStatus.NOT_FOUND).get("detail").asString())
        .isEqualTo("Group 999999 does not exist");
    api().get("/api/v1/group-runs/999999", HttpStatus.NOT_FOUND);
    api().get("/api/v1/job-runs/999999/rejects", HttpStatus.NOT_FOUND);
  }

  /** A run as a node leaves it between queueing and picking: queued, holding its group. */
  private long aQueuedRunThatNoNodeHasPickedUp(long groupId, long jobId) {
    Group group = groups.find(groupId).orElseThrow();
    ImportJob job = jobs.find(jobId).orElseThrow();
    long runId =
        groupRuns.create(
            group,
            List.of(new GroupRunRepository.PlannedStep(jobId, job.name())),
            Trigger.API,
            clock.instant());
    assertThat(groups.claim(groupId, runId)).isTrue();
    return runId;
  }

  private long activeJob() {
    long id = api().post("/api/v1/jobs", jobRequest(), HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  private io.lineup.job.JobRequest jobRequest() {
    return aJob(list, file).map("email", "EMAIL_ADDRESS_").match("EMAIL_ADDRESS_").build();
  }
}
