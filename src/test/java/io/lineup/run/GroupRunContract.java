package io.lineup.run;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aPet;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.field;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.JobRequest;
import io.lineup.support.IntegrationTest;
import io.lineup.table.FieldType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The foundation end to end over HTTP: a profile list and a PET, two jobs, a group, a run. Runs on
 * H2 and on PostgreSQL.
 */
abstract class GroupRunContract extends IntegrationTest {

  @Test
  void aGroupRunsItsJobsInOrderAndFillsBothTables() {
    Fixture f = fixture();
    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId + "/runs", null, HttpStatus.ACCEPTED);
    assertThat(queued.get("steps")).hasSize(2);
    assertThat(queued.get("steps").get(0).get("jobName").asString()).isEqualTo("Load contacts");

    JsonNode run = api().awaitEnd("/api/v1/group-runs/" + queued.get("id").asLong());

    assertThatRun(run).hasStatus("SUCCEEDED");
    assertThatRun(run).step(0).hasStatus("SUCCEEDED").hasCounts(3, 3, 0, 0);
    assertThatRun(run).step(1).hasStatus("SUCCEEDED").hasCounts(3, 2, 0, 1);
    assertThat(run.get("startedAt").isNull()).isFalse();
    assertThat(run.get("finishedAt").isNull()).isFalse();

    JsonNode contacts = api().get("/api/v1/tables/" + f.list + "/records");
    assertThat(contacts.get("total").asLong()).isEqualTo(3);
    JsonNode ann = contacts.get("records").get(0);
    assertThat(ann.get("EMAIL_ADDRESS_").asString()).isEqualTo("ann@example.com");
    assertThat(ann.get("FIRST_NAME").asString()).isEqualTo("Ann");
    assertThat(ann.get("EMAIL_PERMISSION_STATUS_").asString()).isEqualTo("I");
    assertThat(ann.get("EMAIL_MD5_HASH_").asString())
        .isEqualTo("257c57037d384ae37ea27a07e8a01665"); // md5("ann@example.com")

    JsonNode points = api().get("/api/v1/tables/" + f.pet + "/records");
    assertThat(points.get("total").asLong()).isEqualTo(2);
    assertThat(points.get("records").get(0).get("RIID_").asLong())
        .isEqualTo(ann.get("RIID_").asLong());
    assertThat(points.get("records").get(0).get("POINTS").asLong()).isEqualTo(120);

    long petRunId = run.get("steps").get(1).get("jobRunId").asLong();
    assertThat(api().text("/api/v1/job-runs/" + petRunId + "/rejects"))
        .isEqualTo("email,points,REJECT_REASON\r\nzed@example.com,5,NO MATCHING PROFILE\r\n");
    JsonNode group = api().get("/api/v1/groups/" + f.groupId);
    assertThat(group.get("lastRun").get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(group.get("runningRunId").isNull()).isTrue();
  }

  @Test
  void aFailedJobSkipsTheJobsAfterItAndLeavesTheirTablesUntouched() {
    Fixture f = fixture();
    deleteDropFile(f.contactsFile);

    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId + "/runs", null, HttpStatus.ACCEPTED);
    JsonNode run = api().awaitEnd("/api/v1/group-runs/" + queued.get("id").asLong());

    assertThatRun(run).hasStatus("FAILED").hasErrorContaining(f.contactsFile);
    assertThatRun(run).hasErrorContaining("Load contacts");
    assertThatRun(run).step(0).hasStatus("FAILED").hasErrorContaining("was not found");
    assertThatRun(run).step(1).hasStatus("SKIPPED").hasCounts(0, 0, 0, 0);
    assertThat(run.get("steps").get(1).get("jobRunId").isNull()).isTrue();
    assertThat(api().get("/api/v1/tables/" + f.pet + "/records").get("total").asLong()).isZero();
    assertThat(api().get("/api/v1/tables/" + f.list + "/records").get("total").asLong()).isZero();
  }

  @Test
  void badRecordsAreRejectedWithAReasonAndTheGoodOnesAreMerged() {
    String list = unique("CONTACTS");
    api()
        .post(
            "/api/v1/tables",
            aProfileList(list, text("FIRST_NAME", 10), field("AGE", FieldType.INTEGER)),
            HttpStatus.CREATED);
    String file =
        dropFile(
            list + ".csv",
            """
            email,first,age
            good@example.com,  Élodie ,41
            broken@example.com,only two fields
            typo@example.com,Tim,forty
            ,Nobody,30
            long@example.com,Maximilian-Alexander,50
            "quoted,comma@example.com","Ann ""A"" B",7
            """);
    long job =
        activeJob(
            aJob(list, file)
                .map("email", "EMAIL_ADDRESS_")
                .map("first", "FIRST_NAME")
                .map("age", "AGE")
                .match("EMAIL_ADDRESS_")
                .build());

    JsonNode run = runJob(job);

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(6, 2, 0, 4);
    assertThat(api().text("/api/v1/job-runs/" + run.get("id").asLong() + "/rejects"))
        .isEqualTo(
            "email,first,age,REJECT_REASON\r\n"
                + "broken@example.com,only two fields,INVALID NUMBER OF FIELDS: expected 3 but found 2\r\n"
                + "typo@example.com,Tim,forty,INVALID DATA FORMAT: AGE: 'forty' is not an integer\r\n"
                + ",Nobody,30,MATCH FIELD CANNOT BE EMPTY: EMAIL_ADDRESS_\r\n"
                + "long@example.com,Maximilian-Alexander,50,"
                + "INVALID DATA FORMAT: FIRST_NAME: longer than 10 characters\r\n");
    JsonNode records = api().get("/api/v1/tables/" + list + "/records").get("records");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("FIRST_NAME").asString()).isEqualTo("  Élodie ");
    assertThat(records.get(0).get("AGE").asLong()).isEqualTo(41);
    assertThat(records.get(1).get("EMAIL_ADDRESS_").asString())
        .isEqualTo("quoted,comma@example.com");
    assertThat(records.get(1).get("FIRST_NAME").asString()).isEqualTo("Ann \"A\" B");
  }

  private record Fixture(String list, String pet, String contactsFile, long groupId) {}

  /** A profile list and its PET, a job for each (active, on demand), and an active group. */
  private Fixture fixture() {
    String list = unique("CONTACTS");
    String pet = unique("POINTS");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    api()
        .post(
            "/api/v1/tables",
            aPet(pet, list, field("POINTS", FieldType.INTEGER)),
            HttpStatus.CREATED);
    String contacts =
        dropFile(
            list + "/contacts.csv",
            "email,first\nann@example.com,Ann\nbob@example.com,Bob\ncy@example.com,Cy\n");
    String points =
        dropFile(
            list + "/points.csv",
            "email,points\nann@example.com,120\nbob@example.com,80\nzed@example.com,5\n");
    long first =
        activeJob(
            aJob(list, contacts)
                .named("Load contacts")
                .map("email", "EMAIL_ADDRESS_")
                .map("first", "FIRST_NAME")
                .match("EMAIL_ADDRESS_")
                .build());
    long second =
        activeJob(
            aJob(pet, points)
                .named("Load points")
                .map("email", "EMAIL_ADDRESS_")
                .map("points", "POINTS")
                .match("EMAIL_ADDRESS_")
                .build());
    long group =
        api()
            .post("/api/v1/groups", aGroup(unique("Nightly"), first, second), HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/groups/" + group + "/activate", null, HttpStatus.OK);
    return new Fixture(list, pet, contacts, group);
  }

  long activeJob(JobRequest job) {
    long id = api().post("/api/v1/jobs", job, HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  JsonNode runJob(long jobId) {
    JsonNode queued = api().post("/api/v1/jobs/" + jobId + "/runs", null, HttpStatus.ACCEPTED);
    return api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
  }
}
