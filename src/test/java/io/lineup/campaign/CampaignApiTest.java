package io.lineup.campaign;

import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class CampaignApiTest extends IntegrationTest {

  @Test
  void aCampaignIsSavedReadBackAndKeepsItsAutomaticLaunch() {
    String list = list();
    String name = unique("Welcome");
    JsonNode saved =
        api()
            .postJson(
                "/api/v1/campaigns",
                """
                {"name": "%s", "profileList": "%s", "from": "news@example.com",
                 "subject": "Hello ${FIRST_NAME}", "textBody": "Hi ${FIRST_NAME}",
                 "htmlBody": "<p>Hi ${FIRST_NAME}</p>",
                 "automaticLaunch": {"type": "WEEKLY", "daysOfWeek": ["MONDAY"], "hour": 9,
                   "slot": 0, "zone": "Europe/Paris"}}"""
                    .formatted(name, list),
                HttpStatus.CREATED);
    JsonNode read = api().get("/api/v1/campaigns/" + saved.get("id").asLong());
    assertThat(read.get("name").asString()).isEqualTo(name);
    assertThat(read.get("from").asString()).isEqualTo("news@example.com");
    assertThat(read.get("automaticLaunch").get("type").asString()).isEqualTo("WEEKLY");
    assertThat(read.get("automaticLaunch").get("daysOfWeek").get(0).asString()).isEqualTo("MONDAY");
    assertThat(read.get("automaticLaunch").get("zone").asString()).isEqualTo("Europe/Paris");
  }

  @Test
  void anUnknownFieldABadAddressAndABadAutomaticLaunchAreAllRefusedAtSave() {
    String list = list();
    JsonNode problem =
        api()
            .postJson(
                "/api/v1/campaigns",
                """
                {"name": "%s", "profileList": "%s", "from": "not-an-address",
                 "subject": "Hello ${NICKNAME}", "htmlBody": "<p>${FIRST_NAME} ${SHOE_SIZE}</p>",
                 "automaticLaunch": {"type": "WEEKLY", "hour": 24, "slot": 4, "zone": "Mars/Base"}}"""
                    .formatted(unique("Bad"), list),
                HttpStatus.BAD_REQUEST);
    List<String> errors = new ArrayList<>();
    problem
        .get("errors")
        .forEach(e -> errors.add(e.get("field").asString() + ": " + e.get("message").asString()));
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "from: 'not-an-address' is not an email address",
            "subject: ${NICKNAME} is not a field of profile list '" + list + "'",
            "htmlBody: ${SHOE_SIZE} is not a field of profile list '" + list + "'",
            "automaticLaunch.hour: choose an hour from 0 to 23",
            "automaticLaunch.slot: choose a slot from 0 (minutes 0-14) to 3 (minutes 45-59)",
            "automaticLaunch.zone: 'Mars/Base' is not a known time zone: use an IANA name like"
                + " Europe/Paris",
            "automaticLaunch.daysOfWeek: choose at least one day of the week");
  }

  @Test
  void aGroupMayOnlyChooseCampaignsThatExistAndIsWarnedAboutAutomaticOnes() {
    String list = list();
    long automatic =
        api()
            .postJson(
                "/api/v1/campaigns",
                """
                {"name": "%s", "profileList": "%s", "from": "news@example.com",
                 "subject": "Hi", "textBody": "Hi",
                 "automaticLaunch": {"type": "DAILY", "hour": 9, "slot": 1, "zone": "UTC"}}"""
                    .formatted(unique("Auto"), list),
                HttpStatus.CREATED)
            .get("id")
            .asLong();

    JsonNode refused =
        api()
            .postJson(
                "/api/v1/groups",
                """
                {"name": "%s", "postProcessing": {"launchCampaigns": true, "campaignIds": [%d, 987654]}}"""
                    .formatted(unique("G"), automatic),
                HttpStatus.BAD_REQUEST);
    assertThat(refused.get("errors")).hasSize(1);
    assertThat(refused.get("errors").get(0).get("field").asString())
        .isEqualTo("postProcessing.campaignIds[1]");
    assertThat(refused.get("errors").get(0).get("message").asString())
        .isEqualTo("campaign 987654 does not exist");

    JsonNode group =
        api()
            .postJson(
                "/api/v1/groups",
                """
                {"name": "%s", "postProcessing": {"launchCampaigns": true, "campaignIds": [%d]}}"""
                    .formatted(unique("G"), automatic),
                HttpStatus.CREATED);
    assertThat(group.get("warnings")).hasSize(1);
    assertThat(group.get("warnings").get(0).asString())
        .contains("has an automatic launch")
        .contains("launches on its own schedule");

    assertThat(
            api()
                .delete("/api/v1/campaigns/" + automatic, HttpStatus.CONFLICT)
                .get("detail")
                .asString())
        .contains("chosen by group");
  }

  private String list() {
    String list = unique("CONTACTS");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    return list;
  }
}
