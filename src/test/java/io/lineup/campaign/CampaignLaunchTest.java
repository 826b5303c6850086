package io.lineup.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.lineup.support.Smtp;
import io.lineup.support.Smtp.Mail;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Launches against a real SMTP server: counts, personalisation, and never a message twice. */
class CampaignLaunchTest extends CampaignFixtures {

  @Test
  void aLaunchToAThousandMembersSendsEachOnePersonalisedMessage() {
    Members m = members(1000);
    long campaign = campaign(m.list());

    JsonNode queued =
        api().post("/api/v1/campaigns/" + campaign + "/launches", null, HttpStatus.ACCEPTED);
    assertThat(queued.get("status").asString()).isEqualTo("QUEUED");
    JsonNode launch = awaitLaunch(campaign, queued.get("id").asLong());

    assertThat(launch.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(launch.get("targeted").asLong()).isEqualTo(1000);
    assertThat(launch.get("sent").asLong()).isEqualTo(1000);
    assertThat(launch.get("failed").asLong()).isZero();
    Map<String, List<Mail>> byAddress = received(m);
    assertThat(byAddress).hasSize(1000);
    assertThat(byAddress.values()).allSatisfy(mails -> assertThat(mails).hasSize(1));
    assertThat(byAddress).doesNotContainKey("out@" + m.domain());

    Mail ann = byAddress.get(m.address(1)).get(0);
    assertThat(ann.subject()).isEqualTo("Hello <Ann & \"Bo\">");
    assertThat(ann.text().strip()).isEqualTo("Hi <Ann & \"Bo\">, you are c1.");
    assertThat(ann.html().strip()).isEqualTo("<p>Hi <b>&lt;Ann &amp; &quot;Bo&quot;&gt;</b></p>");
    Mail last = byAddress.get(m.address(1000)).get(0);
    assertThat(last.subject()).isEqualTo("Hello Name 1000");
    assertThat(last.text().strip()).isEqualTo("Hi Name 1000, you are c1000.");
  }

  @Test
  void aLaunchInterruptedHalfWayIsResumedWithoutSendingAnyoneTwice() {
    Members m = members(120); // the test rate is 50 a second: three executions
    long campaign = campaign(m.list());
    long launchId =
        api()
            .post("/api/v1/campaigns/" + campaign + "/launches", null, HttpStatus.ACCEPTED)
            .get("id")
            .asLong();
    org.awaitility.Awaitility.await()
        .until(() -> launch(campaign, launchId).get("sent").asLong() == 50);

    // The state a node leaves when it dies while handing member 51's message to the SMTP server:
    // it may or may not have gone out, so it must not be sent again.
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'SENDING' WHERE launch_id = ?"
                + " AND riid = (SELECT MIN(riid) FROM lineup_campaign_recipient"
                + " WHERE launch_id = ? AND status = 'PENDING')")
        .params(launchId, launchId)
        .update();
    JsonNode launch = awaitLaunch(campaign, launchId);

    assertThat(launch.get("targeted").asLong()).isEqualTo(120);
    assertThat(launch.get("sent").asLong()).isEqualTo(119);
    assertThat(launch.get("failed").asLong()).isEqualTo(1);
    assertThat(launch.get("status").asString()).isEqualTo("FAILED");
    assertThat(launch.get("error").asString()).isEqualTo("1 of 120 messages could not be sent");
    assertThat(received(m).values()).hasSize(119).allSatisfy(mails -> assertThat(mails).hasSize(1));
    assertThat(received(m)).doesNotContainKey(m.address(51));

    // Executing the launch once more (a retry, or a second node) sends nothing.
    scheduler.schedule(
        new TaskInstance<Void>(LaunchDispatcher.CAMPAIGN_LAUNCH, Long.toString(launchId)),
        clock.instant());
    runDueAfter(java.time.Duration.ZERO);
    org.awaitility.Awaitility.await()
        .until(
            () ->
                jdbc.sql("SELECT COUNT(*) FROM lineup_scheduled_tasks WHERE task_instance = ?")
                        .param(Long.toString(launchId))
                        .query(Long.class)
                        .single()
                    == 0);
    assertThat(received(m).values().stream().mapToInt(List::size).sum()).isEqualTo(119);
  }

  @Test
  void aMemberWithAnUnusableAddressFailsAloneAndTheLaunchSaysSo() {
    Members m = members(3);
    jdbc.sql(
            "INSERT INTO \""
                + m.list()
                + "\" (\"EMAIL_ADDRESS_\", \"EMAIL_PERMISSION_STATUS_\") VALUES ('not an address', 'I')")
        .update();
    long campaign = campaign(m.list());
    long launchId =
        api()
            .post("/api/v1/campaigns/" + campaign + "/launches", null, HttpStatus.ACCEPTED)
            .get("id")
            .asLong();

    JsonNode launch = awaitLaunch(campaign, launchId);

    assertThat(launch.get("targeted").asLong()).isEqualTo(4);
    assertThat(launch.get("sent").asLong()).isEqualTo(3);
    assertThat(launch.get("failed").asLong()).isEqualTo(1);
    assertThat(launch.get("status").asString()).isEqualTo("FAILED");
    assertThat(received(m).values()).hasSize(3);
    assertThat(
            jdbc.sql(
                    "SELECT attempts FROM lineup_campaign_recipient WHERE launch_id = ?"
                        + " AND status = 'FAILED'")
                .param(launchId)
                .query(Integer.class)
                .single())
        .isEqualTo(1); // refused at once, not retried
  }

  private static Map<String, List<Mail>> received(Members m) {
    return Smtp.messages().stream()
        .map(Smtp::read)
        .filter(mail -> mail.to().endsWith("@" + m.domain()))
        .collect(
            Collectors.groupingBy(
                Mail::to, Collectors.mapping(Function.identity(), Collectors.toList())));
  }
}
