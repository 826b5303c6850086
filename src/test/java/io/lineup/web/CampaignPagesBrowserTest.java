package io.lineup.web;

import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpStatus;

/** A campaign made in its form, with personalisation checked and an automatic launch. */
class CampaignPagesBrowserTest extends BrowserTest {

  @Test
  void aCampaignIsCreatedInItsFormWithItsMistakesShownNextToTheFields() {
    String list = unique("WEB_READERS");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 30)), HttpStatus.CREATED);
    String name = unique("Weekly letter");

    open("/campaigns");
    clickToLoad(By.id("create-campaign"));
    type(By.id("campaign-name"), name);
    new Select(find(By.id("campaign-list"))).selectByValue(list);
    type(By.id("campaign-from"), "letters@example.com");
    type(By.id("campaign-subject"), "Hello ${NICKNAME}");
    type(By.id("campaign-text"), "Dear ${FIRST_NAME}, here is the news.");
    new Select(find(By.id("launch-type"))).selectByValue("WEEKLY");
    new Select(find(By.id("launch-hour"))).selectByValue("9");
    click(By.id("launch-slot-1"));
    new Select(find(By.id("launch-zone"))).selectByValue("Europe/Paris");
    clickToLoad(By.id("save-campaign"));

    assertThat(textOf(By.cssSelector("[data-field='subject']")))
        .contains("${NICKNAME} is not a field of profile list '" + list + "'");
    assertThat(textOf(By.cssSelector("[data-field='automaticLaunch.daysOfWeek']")))
        .contains("choose at least one day of the week");

    type(By.id("campaign-subject"), "Hello ${FIRST_NAME}");
    click(By.cssSelector("input[name=daysOfWeek][value=MONDAY]"));
    clickToLoad(By.id("save-campaign"));

    assertThat(textOf(By.id("message"))).contains(name, "is saved");
    String row = textOf(By.xpath("//table[@id='campaigns']//tr[contains(., '" + name + "')]"));
    assertThat(row).containsPattern("WEEKLY at 09:(1[5-9]|2[0-9]) Europe/Paris");
    screenshot("campaigns-saved");
  }
}
