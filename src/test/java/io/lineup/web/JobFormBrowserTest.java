package io.lineup.web;

import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.Channel;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.job.JobRequest;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.job.UpdateOnMatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The import job form shows every setting of the import engine — the date tokens' zone, date
 * patterns, count file, the file's permission values, the required channel — and saving it keeps
 * them.
 */
class JobFormBrowserTest extends BrowserTest {

  @Test
  void editingAJobInTheFormKeepsEveryImportSettingAndChangesWhatWasTyped() {
    String list = unique("FORMLIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    JobRequest request =
        new JobRequest(
            unique("dated job"),
            null,
            list,
            new Source(
                SourceType.LOCAL,
                "crm/contacts_{yyyyMMdd}.csv",
                null,
                false,
                false,
                "Europe/Paris"),
            new Format(
                ";",
                "\"",
                true,
                "windows-1252",
                Compression.GZIP,
                "dd/MM/yyyy",
                "dd/MM/yyyy HH:mm:ss",
                "crm/contacts_{yyyyMMdd}.count"),
            List.of(
                new ColumnMapping("email", "EMAIL_ADDRESS_"),
                new ColumnMapping("optin", "EMAIL_PERMISSION_STATUS_")),
            List.of("EMAIL_ADDRESS_"),
            new MergeRule(
                true, UpdateOnMatch.REPLACE_ALL, PermissionStatus.OPTOUT, "Y", "N", Channel.EMAIL),
            true);
    long id = api().post("/api/v1/jobs", request, HttpStatus.CREATED).get("id").asLong();

    open("/jobs/" + id + "/edit");
    assertThat(find(By.id("job-zone")).getAttribute("value")).isEqualTo("Europe/Paris");
    assertThat(find(By.id("job-date-pattern")).getAttribute("value")).isEqualTo("dd/MM/yyyy");
    assertThat(find(By.id("job-count-file")).getAttribute("value"))
        .isEqualTo("crm/contacts_{yyyyMMdd}.count");
    assertThat(find(By.id("job-opt-in")).getAttribute("value")).isEqualTo("Y");
    assertThat(new Select(find(By.id("job-required-channel"))).getFirstSelectedOption().getText())
        .isEqualTo("EMAIL");
    ((org.openqa.selenium.JavascriptExecutor) browser())
        .executeScript("arguments[0].scrollIntoView()", find(By.id("job-zone")));
    screenshot("job-form-import-settings");

    type(By.id("job-date-pattern"), "yyyy-02-31 nonsense ''");
    clickToLoad(By.id("save-job"));
    assertThat(textOf(By.cssSelector("[data-field='format.datePattern']"))).isNotBlank();

    type(By.id("job-date-pattern"), "dd.MM.yyyy");
    type(By.id("job-opt-out"), "X");
    clickToLoad(By.id("save-job"));
    assertThat(textOf(By.id("message"))).contains("is saved");

    JsonNode saved = api().get("/api/v1/jobs/" + id);
    assertThat(saved.get("format").get("datePattern").asString()).isEqualTo("dd.MM.yyyy");
    assertThat(saved.get("format").get("timestampPattern").asString())
        .isEqualTo("dd/MM/yyyy HH:mm:ss");
    assertThat(saved.get("format").get("countFile").asString())
        .isEqualTo("crm/contacts_{yyyyMMdd}.count");
    assertThat(saved.get("format").get("compression").asString()).isEqualTo("GZIP");
    assertThat(saved.get("source").get("zone").asString()).isEqualTo("Europe/Paris");
    assertThat(saved.get("mergeRule").get("optInValue").asString()).isEqualTo("Y");
    assertThat(saved.get("mergeRule").get("optOutValue").asString()).isEqualTo("X");
    assertThat(saved.get("mergeRule").get("requiredChannel").asString()).isEqualTo("EMAIL");
    assertThat(saved.get("mergeRule").get("defaultPermissionStatus").asString())
        .isEqualTo("OPTOUT");
  }
}
