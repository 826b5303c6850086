package io.lineup.web;

import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;

/** The Connect page's actions on jobs and groups, and browsing a table page by page. */
class ConnectPageBrowserTest extends BrowserTest {

  @Test
  void theHeaderNamesTheSignedInUserAndAViewerCannotChangeAnything() {
    String viewer = unique("viewer");
    api()
        .post(
            "/api/v1/users",
            new io.lineup.security.UserRequest(
                viewer, "viewer-password-1", io.lineup.security.Role.VIEWER),
            HttpStatus.CREATED);
    open("/");
    assertThat(textOf(By.id("signed-in"))).contains("admin");
    signOut();
    try {
      signIn(viewer, "viewer-password-1");
      open("/");
      assertThat(textOf(By.id("signed-in"))).contains(viewer);
      open("/tables/new");
      type(By.id("table-name"), unique("NOT_ALLOWED"));
      clickToLoad(By.id("save-table"));
      waitUp().until(d -> d.getPageSource().contains("403"));
    } finally {
      signOut();
      signIn("admin", ADMIN_PASSWORD);
    }
  }

  @Test
  void jobActionsRunCopyActivateDeactivateDeleteAndHistory() {
    String table = unique("WEB_PAGED");
    api().post("/api/v1/tables", aProfileList(table, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    StringBuilder file = new StringBuilder("email,first\n");
    for (int i = 1; i <= 30; i++) {
      file.append(String.format("p%02d@example.com,P%02d%n", i, i));
    }
    String path = dropFile(table + "/people.csv", file.toString());
    String name = unique("Load people");
    long jobId =
        api()
            .post(
                "/api/v1/jobs",
                aJob(table, path)
                    .named(name)
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + jobId + "/activate", null, HttpStatus.OK);

    open("/?tab=jobs");
    actionOn(name, "Run now");
    assertThat(textOf(By.id("message"))).contains("is queued");
    clickToLoad(By.xpath("//table[@id='history']//a[text()='" + name + "']"));
    waitForRunStatus("SUCCEEDED");
    screenshot("job-run");

    open("/tables/" + table);
    assertThat(all(By.cssSelector("#records tbody tr"))).hasSize(25);
    assertThat(textOf(By.id("records"))).contains("p01@example.com", "p25@example.com");
    clickToLoad(By.id("next-page"));
    assertThat(textOf(By.id("records")))
        .contains("p26@example.com", "p30@example.com")
        .doesNotContain("p25@example.com");
    assertThat(all(By.cssSelector("#records tbody tr"))).hasSize(5);

    open("/?tab=jobs");
    actionOn(name, "Copy");
    String copy = "Copy of " + name;
    assertThat(textOf(By.id("message"))).contains(copy);
    assertThat(statusOf(copy)).isEqualTo("DRAFT");
    actionOn(copy, "Activate");
    assertThat(statusOf(copy)).isEqualTo("ACTIVE");
    actionOn(copy, "Deactivate");
    assertThat(statusOf(copy)).isEqualTo("INACTIVE");
    screenshot("connect-jobs");
    clickConfirmToLoad(action(copy, "Delete"));
    assertThat(textOf(By.id("message"))).contains("is deleted");
    assertThat(all(By.xpath("//tr[@data-name='" + copy + "']"))).isEmpty();

    clickToLoad(By.xpath("//tr[@data-name='" + name + "']//a[text()='History']"));
    assertThat(textOf(By.id("runs"))).contains("SUCCEEDED", "30");
  }

  @Test
  void editReopensTheWizardWithTheGroupsJobs() {
    String table = unique("WEB_EDIT");
    api().post("/api/v1/tables", aProfileList(table, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    String jobName = unique("Edit job");
    long jobId =
        api()
            .post(
                "/api/v1/jobs",
                aJob(table, table + "/a.csv")
                    .named(jobName)
                    .map("email", "EMAIL_ADDRESS_")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + jobId + "/activate", null, HttpStatus.OK);
    String group = unique("Edit group");
    api().post("/api/v1/groups", aGroup(group, jobId), HttpStatus.CREATED);

    open("/?tab=groups");
    actionOn(group, "Edit");
    assertThat(textOf(By.id("wizard-title"))).isEqualTo(group);
    assertThat(textOf(By.id("members"))).contains(jobName);
    // A draft does not run; its copy has no jobs, so activating it opens the wizard's errors.
    open("/?tab=groups");
    actionOn(group, "Run now");
    assertThat(textOf(By.id("problem"))).contains("activate it to run it");
    actionOn(group, "Copy");
    String copy = "Copy of " + group;
    assertThat(textOf(By.id("message"))).contains(copy, "without the jobs");
    assertThat(textOf(By.xpath("//tr[@data-name='" + copy + "']"))).contains("0 job(s)");
    actionOn(copy, "Activate");
    assertThat(textOf(By.id("activation-errors"))).contains("add at least one job");
    assertThat(textOf(By.id("wizard-title"))).isEqualTo(copy);
    open("/?tab=groups");
    clickConfirmToLoad(action(copy, "Delete"));
    assertThat(textOf(By.id("message"))).contains("is deleted");

    // A job in this group is not offered to another one.
    open("/groups/new");
    type(By.id("group-name"), unique("Other group"));
    clickToLoad(By.id("group-done"));
    assertThat(textOf(By.id("available"))).doesNotContain(jobName);
  }

  private void actionOn(String name, String action) {
    clickToLoad(action(name, action));
  }

  private static By action(String name, String action) {
    return By.xpath(
        "//tr[@data-name='" + name + "']//*[self::a or self::button][text()='" + action + "']");
  }

  private String statusOf(String name) {
    return textOf(By.xpath("//tr[@data-name='" + name + "']//span[contains(@class,'badge')]"));
  }
}
