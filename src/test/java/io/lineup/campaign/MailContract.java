package io.lineup.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.Smtp;
import io.lineup.support.Smtp.Mail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** A launch and a group run's post-processing and notification, on H2 and on PostgreSQL. */
abstract class MailContract extends CampaignFixtures {

  @Test
  void aLaunchInTwoBatchesSendsEveryMemberOnePersonalisedMessage() {
    Members m = members(60);
    long campaign = campaign(m.list());
    long launchId =
        api()
            .post("/api/v1/campaigns/" + campaign + "/launches", null, HttpStatus.ACCEPTED)
            .get("id")
            .asLong();

    JsonNode launch = awaitLaunch(campaign, launchId);

    assertThat(launch.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(launch.get("targeted").asLong()).isEqualTo(60);
    assertThat(launch.get("sent").asLong()).isEqualTo(60);
    for (int n = 1; n <= 60; n++) {
      assertThat(Smtp.messagesTo(m.address(n))).hasSize(1);
    }
    Mail last = Smtp.read(Smtp.messagesTo(m.address(60)).get(0));
    assertThat(last.subject()).isEqualTo("Hello Name 60");
    assertThat(last.html()).contains("<b>Name 60</b>");
    assertThat(Smtp.messagesTo("out@" + m.domain())).isEmpty();
  }

  @Test
  void aSuccessfulRunLaunchesItsCampaignThenMailsTheSuccessList() {
    Members m = members(2);
    long campaign = campaign(m.list());
    Fixture f = fixture(List.of(campaign));

    JsonNode run = runAndAwaitMails(f, 2);

    assertThat(run.get("campaignLaunches").get(0).get("sent").asLong()).isEqualTo(2);
    assertThat(Smtp.messagesTo(m.address(1))).hasSize(1);
    assertThat(Smtp.messagesTo(f.onSuccess())).hasSize(1);
    assertThat(Smtp.messagesTo(f.onFailure())).isEmpty();
  }
}
