package io.lineup.web;

import static io.lineup.support.TestData.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpStatus;

/**
 * A marketer's day in the browser: a table, two jobs, a group built through the four wizard steps,
 * activated, run, watched until it ends, and its rows seen.
 */
class GroupWizardBrowserTest extends BrowserTest {

  private long campaign(String name, String list, Object automaticLaunch) {
    return api()
        .post(
            "/api/v1/campaigns",
            java.util.Map.of(
                "name",
                name,
                "profileList",
                list,
                "from",
                "news@example.com",
                "subject",
                "Hello",
                "textBody",
                "Hello there",
                "automaticLaunch",
                automaticLaunch),
            org.springframework.http.HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  @Test
  void buildAGroupInTheWizardRunItAndSeeTheRows() {
    String table = unique("WEB_CONTACTS");
    createProfileListInTheBrowser(table);
    String first = dropFile(table + "/first.csv", "email,first\nann@example.com,Ann\n");
    String second =
        dropFile(table + "/second.csv", "email,first\nbob@example.com,Bob\ncy@example.com,Cy\n");
    long one = createJobInTheBrowser(table, first, unique("Load first"), true);
    long two = createJobInTheBrowser(table, second, unique("Load second"), false);
    String welcome = unique("Welcome");
    String weekly = unique("Weekly news");
    long welcomeId = campaign(welcome, table, java.util.Map.of("type", "NONE"));
    campaign(
        weekly,
        table,
        java.util.Map.of(
            "type",
            "WEEKLY",
            "daysOfWeek",
            java.util.List.of("MONDAY"),
            "hour",
            9,
            "slot",
            0,
            "zone",
            "Europe/Paris"));

    open("/");
    click(By.id("create-menu"));
    screenshot("connect-create-menu");
    clickToLoad(By.id("create-group"));
    String name = unique("Web nightly");
    type(By.id("group-name"), name);
    type(By.id("group-description"), "Built in the browser");
    screenshot("group-dialog");
    clickToLoad(By.id("group-done"));

    // Step 1: both jobs into the group, then the second moved above the first and back.
    addToGroup(one);
    addToGroup(two);
    click(By.cssSelector("#members li[data-id='" + two + "'] [data-move=up]"));
    assertThat(memberIds()).containsExactly(two, one);
    click(By.cssSelector("#members li[data-id='" + one + "'] [data-move=up]"));
    assertThat(memberIds()).containsExactly(one, two);
    dragOnto("#members li[data-id='" + two + "']", "#members li[data-id='" + one + "']");
    assertThat(memberIds()).containsExactly(two, one);
    dragOnto("#members li[data-id='" + two + "']", "#available");
    assertThat(memberIds()).containsExactly(one);
    dragOnto("#available li[data-id='" + two + "']", "#members");
    assertThat(memberIds()).containsExactly(one, two);
    screenshot("group-wizard-step1");
    clickToLoad(By.id("next"));

    // Step 2: post-processing, with the note about campaigns that launch on their own.
    find(By.id("launch-campaigns"));
    assertThat(textOf(By.id("campaign-note"))).contains("launches on its own schedule");
    click(By.id("launch-campaigns"));
    click(By.id("select-campaigns"));
    assertThat(textOf(By.id("campaign-choices"))).contains(welcome, weekly);
    assertThat(textOf(By.xpath("//ul[@id='campaign-choices']/li[contains(., '" + weekly + "')]")))
        .contains("launches automatically");
    click(By.cssSelector("#campaign-choices input[value='" + welcomeId + "']"));
    screenshot("group-wizard-step2");
    clickToLoad(By.id("next"));

    // Step 3: notifications; a bad address is refused next to its field.
    type(By.id("on-success"), "team@example.com");
    type(By.id("on-failure"), "not-an-address");
    clickToLoad(By.id("save"));
    assertThat(textOf(By.cssSelector("[data-field='notifications.onFailure']")))
        .contains("'not-an-address' is not an email address");
    type(By.id("on-failure"), "oncall@example.com");
    screenshot("group-wizard-step3");
    clickToLoad(By.id("next"));

    // Step 4: on demand, then activate.
    find(By.id("schedule-type"));
    screenshot("group-wizard-step4");
    clickToLoad(By.id("activate"));
    assertThat(textOf(By.id("message"))).contains("is active");
    long groupId = groupId(name);
    assertThat(
            api()
                .get("/api/v1/groups/" + groupId)
                .get("notifications")
                .get("onSuccess")
                .get(0)
                .asString())
        .isEqualTo("team@example.com");
    screenshot("connect-groups");

    // Run now, and watch the run page update itself until it ends.
    clickToLoad(By.xpath("//tr[@data-name='" + name + "']//button[text()='Run now']"));
    waitForRunStatus("SUCCEEDED");
    assertThat(find(By.cssSelector("#live")).getAttribute("data-ended")).isEqualTo("true");
    assertThat(all(By.cssSelector("#steps .step-status")))
        .extracting(e -> e.getText())
        .containsExactly("SUCCEEDED", "SUCCEEDED");
    assertThat(textOf(By.cssSelector("#steps tr[data-step='1'] .counts")))
        .contains("processed 2", "added 2");
    screenshot("run");

    open("/tables/" + table);
    assertThat(textOf(By.id("records")))
        .contains("ann@example.com", "Ann", "bob@example.com", "cy@example.com");
    screenshot("table-records");

    open("/groups/" + groupId + "/history");
    assertThat(all(By.cssSelector("#duration-chart svg rect.bar"))).hasSize(1);
    assertThat(all(By.cssSelector("#records-chart svg rect.bar"))).hasSize(1);
    screenshot("group-history");
  }

  @Test
  void aFailingFirstJobShowsTheSecondSkipped() {
    String table = unique("WEB_FAIL");
    api()
        .post(
            "/api/v1/tables",
            io.lineup.support.TestData.aProfileList(
                table, io.lineup.support.TestData.text("FIRST_NAME", 50)),
            HttpStatus.CREATED);
    String good = dropFile(table + "/good.csv", "email,first\nann@example.com,Ann\n");
    long missing = activeJob(table, table + "/missing.csv", unique("Load missing"));
    long fine = activeJob(table, good, unique("Load fine"));
    long groupId =
        api()
            .post(
                "/api/v1/groups",
                io.lineup.support.TestData.aGroup(unique("Web failing"), missing, fine),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/groups/" + groupId + "/activate", null, HttpStatus.OK);

    open("/?tab=groups");
    clickToLoad(
        By.xpath("//tr[td/a[@href='/groups/" + groupId + "/edit']]//button[text()='Run now']"));
    waitForRunStatus("FAILED");
    assertThat(all(By.cssSelector("#steps .step-status")))
        .extracting(e -> e.getText())
        .containsExactly("FAILED", "SKIPPED");
    assertThat(textOf(By.id("run-error"))).contains("missing.csv");
    screenshot("run-failed");
  }

  @Test
  void theScheduleStepShowsTheServersRefusalNextToItsField() {
    open("/groups/new");
    String name = unique("Web scheduled");
    type(By.id("group-name"), name);
    clickToLoad(By.id("group-done"));
    clickToLoad(By.id("step-4"));
    new org.openqa.selenium.support.ui.Select(find(By.id("schedule-type"))).selectByValue("ONCE");
    find(By.id("schedule-date")).sendKeys("01012020");
    assertThat(textOf(By.id("date-in-past"))).contains("in the past");
    new org.openqa.selenium.support.ui.Select(find(By.id("schedule-hour"))).selectByValue("6");
    click(By.id("slot-1"));
    clickToLoad(By.id("save"));
    assertThat(textOf(By.id("problem"))).contains("Not saved");
    // Whatever the server refuses in this schedule shows next to the field it names.
    long groupId = groupId(name);
    var refusal =
        api()
            .put(
                "/api/v1/groups/" + groupId,
                new io.lineup.group.GroupRequest(
                    name,
                    null,
                    java.util.List.of(),
                    null,
                    null,
                    new io.lineup.group.Schedule(
                        io.lineup.group.ScheduleType.ONCE,
                        java.time.LocalDate.of(2020, 1, 1),
                        null,
                        null,
                        6,
                        1,
                        null,
                        "UTC")),
                HttpStatus.BAD_REQUEST);
    int shown = 0;
    for (var error : refusal.get("errors")) {
      String field = error.get("field").asString();
      if (field.startsWith("schedule")) {
        assertThat(textOf(By.cssSelector("[data-field='" + field + "']")))
            .contains(error.get("message").asString());
        shown++;
      }
    }
    assertThat(shown).isPositive();
    screenshot("group-wizard-schedule-refused");

    // A daily schedule is kept with the minute Lineup picked inside the slot, and its next runs.
    new org.openqa.selenium.support.ui.Select(find(By.id("schedule-type"))).selectByValue("DAILY");
    new org.openqa.selenium.support.ui.Select(find(By.id("schedule-hour"))).selectByValue("10");
    click(By.id("slot-2"));
    clickToLoad(By.id("save"));
    String picked = textOf(By.id("minute-picked"));
    int minute = Integer.parseInt(picked.replaceAll("(?s).*:(\\d\\d).*", "$1"));
    assertThat(minute).isBetween(30, 44);
    assertThat(api().get("/api/v1/groups/" + groupId).get("schedule").get("minute").asInt())
        .isEqualTo(minute);
    waitUp()
        .until(
            d ->
                d.findElement(By.id("next-runs"))
                    .getText()
                    .contains(String.format("10:%02d", minute)));
    screenshot("group-wizard-schedule-saved");

    // Show errors jumps to the step to fix: the group has no job yet.
    clickToLoad(By.id("show-errors"));
    assertThat(textOf(By.id("activation-errors"))).contains("add at least one job");
    assertThat(textOf(By.cssSelector(".steps li.current"))).contains("Jobs");
  }

  private void createProfileListInTheBrowser(String table) {
    open("/tables");
    clickToLoad(By.id("create-table"));
    type(By.id("table-name"), table);
    type(By.id("field-name-0"), "FIRST_NAME");
    type(By.id("field-length-0"), "50");
    screenshot("table-form");
    clickToLoad(By.id("save-table"));
    waitUp().until(ExpectedConditions.textToBe(By.tagName("h1"), table));
  }

  /** The import job wizard: table, source, a preview of the file, mapping, match; Activate. */
  private long createJobInTheBrowser(String table, String path, String name, boolean shoot) {
    open("/");
    click(By.id("create-menu"));
    clickToLoad(By.id("create-import-job"));
    type(By.id("job-name"), name);
    new Select(find(By.id("job-table"))).selectByValue(table);
    type(By.id("job-path"), path);
    waitUp()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-names option[value='FIRST_NAME']")));
    if (shoot) {
      clickToLoad(By.id("save-job"));
      assertThat(textOf(By.cssSelector("[data-field='mapping']")))
          .contains("map at least one column");
      type(By.id("job-path"), path);
    }
    click(By.id("preview-button"));
    assertThat(textOf(By.id("preview-rows"))).contains("email", "first");
    type(By.id("column-0"), "email");
    type(By.id("field-0"), "EMAIL_ADDRESS_");
    type(By.id("column-1"), "first");
    type(By.id("field-1"), "FIRST_NAME");
    type(By.id("match-0"), "EMAIL_ADDRESS_");
    if (shoot) {
      screenshot("job-wizard");
    }
    clickToLoad(By.id("activate-job"));
    assertThat(textOf(By.id("message"))).contains(name, "ACTIVE");
    return jobId(name);
  }

  private long jobId(String name) {
    for (var j : api().get("/api/v1/jobs")) {
      if (j.get("name").asString().equals(name)) {
        return j.get("id").asLong();
      }
    }
    throw new AssertionError("no job " + name);
  }

  private long activeJob(String table, String path, String name) {
    long id =
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
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  private void addToGroup(long jobId) {
    click(By.cssSelector("#available li[data-id='" + jobId + "'] [data-move=add]"));
    find(By.cssSelector("#members li[data-id='" + jobId + "']"));
  }

  /**
   * Drags with the browser's own HTML5 drag events (WebDriver's mouse drag does not raise them in
   * Chromium): dragstart on the item, dragover and drop on the target.
   */
  private void dragOnto(String item, String target) {
    ((org.openqa.selenium.JavascriptExecutor) browser())
        .executeScript(
            "const item = document.querySelector(arguments[0]);"
                + " const target = document.querySelector(arguments[1]);"
                + " const data = new DataTransfer();"
                + " const fire = (el, type) => el.dispatchEvent(new DragEvent(type,"
                + " {bubbles: true, cancelable: true, dataTransfer: data}));"
                + " fire(item, 'dragstart'); fire(target, 'dragover'); fire(target, 'drop');",
            item,
            target);
  }

  private java.util.List<Long> memberIds() {
    return all(By.cssSelector("#members li")).stream()
        .map(li -> Long.valueOf(li.getAttribute("data-id")))
        .toList();
  }

  private long groupId(String name) {
    for (var g : api().get("/api/v1/groups")) {
      if (g.get("name").asString().equals(name)) {
        return g.get("id").asLong();
      }
    }
    throw new AssertionError("no group " + name);
  }
}
