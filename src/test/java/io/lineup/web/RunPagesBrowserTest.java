package io.lineup.web;

import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunRepository.PlannedStep;
import io.lineup.group.GroupService;
import io.lineup.job.JobRunRepository;
import io.lineup.job.JobService;
import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The run page follows a run without reloading; the sample data runs; the runs page charts. */
class RunPagesBrowserTest extends BrowserTest {

  @Autowired GroupRunRepository groupRuns;
  @Autowired JobRunRepository jobRuns;
  @Autowired GroupService groups;
  @Autowired JobService jobs;

  @Test
  void theRunPageUpdatesInPlaceUntilTheRunEnds() {
    long runId = runNoSchedulerExecutes("WEB_LIVE");
    long jobId = groupRuns.find(runId).orElseThrow().step(0).jobId();
    var job = jobs.get(jobId);

    open("/runs/" + runId);
    waitForRunStatus("QUEUED");
    waitUp().until(ExpectedConditions.attributeToBe(By.id("live"), "hx-trigger", "every 1s"));
    ((JavascriptExecutor) browser()).executeScript("window.notReloaded = true;");

    groupRuns.start(runId, clock.instant());
    long jobRunId = jobRuns.create(job, Trigger.GROUP, runId, clock.instant());
    jobRuns.start(jobRunId, clock.instant());
    groupRuns.startStep(runId, 0, jobRunId);
    jobRuns.progress(jobRunId, 700, 5_000, 10_000);
    waitUp()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("steps"), "700 records · 4.9 KB of 9.8 KB"));
    waitUp()
        .until(
            ExpectedConditions.attributeContains(
                By.cssSelector(".progress > div"), "style", "width: 50%"));
    screenshot("run-in-progress");

    jobRuns.succeed(jobRunId, 1400, 1000, 300, 100, clock.instant());
    groupRuns.endStep(runId, 0, RunStatus.SUCCEEDED);
    groupRuns.finish(runId, RunStatus.SUCCEEDED, null, clock.instant());
    waitForRunStatus("SUCCEEDED");
    assertThat(textOf(By.cssSelector("#steps .counts")))
        .contains("processed 1400", "added 1000", "updated 300", "rejected 100");
    assertThat(find(By.cssSelector("#steps a.rejects")).getAttribute("href"))
        .endsWith("/api/v1/job-runs/" + jobRunId + "/rejects");
    assertThat(((JavascriptExecutor) browser()).executeScript("return window.notReloaded"))
        .isEqualTo(true);
    assertThat(find(By.id("live")).getAttribute("hx-trigger")).isNull();
    assertThat(all(By.id("cancel-run"))).isEmpty();
  }

  @Test
  void cancelEndsAQueuedRunAndSkipsItsSteps() {
    long runId = runNoSchedulerExecutes("WEB_CANCEL");
    open("/runs/" + runId);
    clickToLoad(By.id("cancel-run"));
    assertThat(textOf(By.id("message"))).isEqualTo("Cancel requested");
    assertThat(textOf(By.id("run-status"))).isEqualTo("CANCELLED");
    assertThat(textOf(By.cssSelector("#steps .step-status"))).isEqualTo("SKIPPED");
    assertThat(all(By.id("cancel-run"))).isEmpty();
  }

  /** A queued one-step group run that no scheduler executes: the test moves it along itself. */
  private long runNoSchedulerExecutes(String prefix) {
    String table = unique(prefix);
    api().post("/api/v1/tables", aProfileList(table, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    long jobId =
        api()
            .post(
                "/api/v1/jobs",
                aJob(table, table + "/x.csv")
                    .named(unique("Live job"))
                    .map("email", "EMAIL_ADDRESS_")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + jobId + "/activate", null, HttpStatus.OK);
    long groupId =
        api()
            .post("/api/v1/groups", aGroup(unique("Live group"), jobId), HttpStatus.CREATED)
            .get("id")
            .asLong();
    return groupRuns.create(
        groups.get(groupId),
        List.of(new PlannedStep(jobId, jobs.get(jobId).name())),
        Trigger.MANUAL,
        clock.instant());
  }

  @Test
  void theSampleDataRunsAtOnce() {
    open("/");
    // The button shows only on an empty instance; other tests share this database, so post it.
    ((JavascriptExecutor) browser())
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post'; f.action = '/sample-data';"
                + " var t = document.createElement('input'); t.type = 'hidden'; t.name = '_csrf';"
                + " t.value = document.querySelector('meta[name=\"csrf-token\"]').content;"
                + " f.appendChild(t); document.body.appendChild(f); f.submit();");
    waitForRunStatus("SUCCEEDED");
    assertThat(all(By.cssSelector("#steps .step-status")))
        .extracting(e -> e.getText())
        .containsExactly("SUCCEEDED", "SUCCEEDED");
    assertThat(textOf(By.cssSelector("#steps tr[data-step='1'] .counts")))
        .contains("processed 3", "added 1", "rejected 2");
    assertThat(all(By.cssSelector("#steps tr[data-step='1'] a.rejects"))).hasSize(1);
    screenshot("sample-run");

    open("/tables/SAMPLE_CONTACTS");
    assertThat(textOf(By.id("records"))).contains("ann@example.com", "Lisbon");
  }

  @Test
  void aRunThatDoesNotExistIsAPageNotJson() {
    open("/runs/987654");
    assertThat(textOf(By.id("problem"))).isEqualTo("Group run 987654 does not exist");
    assertThat(find(By.id("nav-connect")).isDisplayed()).isTrue();
  }

  @Test
  void theRunsPageShowsTheEmptyScheduleLoadWithANote() {
    // the note is about the whole database: no group another test left active may have a schedule
    for (JsonNode group : api().get("/api/v1/groups")) {
      if ("ACTIVE".equals(group.get("status").asString())
          && !"NONE".equals(group.path("schedule").path("type").asString("NONE"))) {
        api()
            .post(
                "/api/v1/groups/" + group.get("id").asLong() + "/deactivate", null, HttpStatus.OK);
      }
    }
    open("/runs");
    assertThat(textOf(By.id("no-schedules"))).contains("No active group has a schedule");
    assertThat(all(By.cssSelector("#schedule-load svg rect.bar"))).hasSize(60);
    screenshot("runs");
  }
}
