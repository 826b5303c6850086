package io.lineup.job;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class JobApiTest extends IntegrationTest {

  private String list;

  @BeforeEach
  void createAProfileList() {
    list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
  }

  @Test
  void aJobIsSavedAsADraftWithDefaultsAndRunsOnceActivated() {
    String file = dropFile(list + ".csv", "email,first\nann@example.com,Ann\n");
    JsonNode job =
        api()
            .post(
                "/api/v1/jobs",
                aJob(list, file)
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED);
    long id = job.get("id").asLong();
    assertThat(job.get("status").asString()).isEqualTo("DRAFT");
    assertThat(job.get("format").get("delimiter").asString()).isEqualTo(",");
    assertThat(job.get("mergeRule").get("updateOnMatch").asString()).isEqualTo("REPLACE_ALL");

    api().post("/api/v1/jobs/" + id + "/runs", null, HttpStatus.CONFLICT);
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    JsonNode queued = api().post("/api/v1/jobs/" + id + "/runs", null, HttpStatus.ACCEPTED);
    assertThat(queued.get("trigger").asString()).isEqualTo("API");

    JsonNode run = api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(1, 1, 0, 0);
    assertThat(api().get("/api/v1/jobs/" + id + "/runs").get(0).get("id").asLong())
        .isEqualTo(run.get("id").asLong());
    assertThat(run.get("bytesRead").asLong())
        .isEqualTo(run.get("bytesTotal").asLong())
        .isPositive();

    JsonNode deactivated = api().post("/api/v1/jobs/" + id + "/deactivate", null, HttpStatus.OK);
    assertThat(deactivated.get("status").asString()).isEqualTo("INACTIVE");
    api().delete("/api/v1/jobs/" + id, HttpStatus.NO_CONTENT);
    api().get("/api/v1/jobs/" + id, HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside.csv", "/etc/passwd", "crm/../../outside.csv"})
  void aPathOutsideTheDropRootIsRefused(String path) {
    JsonNode problem =
        api()
            .post(
                "/api/v1/jobs",
                aJob(list, path).map("email", "EMAIL_ADDRESS_").match("EMAIL_ADDRESS_").build(),
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("source.path");
  }

  @Test
  void everyMistakeInAJobIsReportedAtOnce() {
    JsonNode problem =
        api()
            .post(
                "/api/v1/jobs",
                aJob(list, "f.csv")
                    .named("x".repeat(101))
                    .map("email", "NO_SUCH_FIELD")
                    .map("first", "FIRST_NAME")
                    .map("first2", "FIRST_NAME")
                    .map("hash", "EMAIL_MD5_HASH_")
                    .match("FIRST_NAME")
                    .build(),
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder(
            "name", "mapping[0].field", "mapping[2].field", "mapping[3].field", "match[0]");
  }

  @Test
  void aBadValueInTheBodyNamesTheField() {
    JsonNode problem =
        api()
            .postJson(
                "/api/v1/jobs",
                "{\"name\":\"j\",\"table\":\""
                    + list
                    + "\",\"mergeRule\":{\"updateOnMatch\":\"SOMETIMES\"}}",
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").get(0).get("field").asString())
        .isEqualTo("mergeRule.updateOnMatch");
    api().postJson("/api/v1/jobs", "{not json", HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMissingFileFailsTheRunWithTheFileNamed() {
    long id =
        api()
            .post(
                "/api/v1/jobs",
                aJob(list, "nowhere/missing.csv")
                    .map("email", "EMAIL_ADDRESS_")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    JsonNode queued = api().post("/api/v1/jobs/" + id + "/runs", null, HttpStatus.ACCEPTED);
    JsonNode run = api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
    assertThatRun(run)
        .hasStatus("FAILED")
        .hasErrorContaining("File nowhere/missing.csv was not found in the drop root");
  }
}
