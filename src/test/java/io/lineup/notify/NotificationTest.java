package io.lineup.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lineup.campaign.CampaignFixtures;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunRepository.PlannedStep;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import io.lineup.support.Smtp;
import io.lineup.support.Smtp.Mail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Group runs end to end against a real SMTP server: post-processing launches, one notification per
 * address after everything has ended, and the outbox through an SMTP outage.
 */
class NotificationTest extends CampaignFixtures {

  @Autowired GroupRepository groups;
  @Autowired GroupRunRepository groupRuns;
  @Autowired RunService runs;

  @Test
  void aSuccessfulRunMailsOnlyTheSuccessListAfterTheLastStep() {
    Fixture f = fixture(List.of());
    JsonNode run = runAndAwaitMails(f, 2);

    assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(Smtp.messagesTo(f.onFailure())).isEmpty();
    Mail mail = onlyMailTo(f.onSuccess());
    assertThat(onlyMailTo(f.alsoOnSuccess()).text()).isEqualTo(mail.text());
    long runId = run.get("id").asLong();
    assertThat(mail.subject())
        .isEqualTo("[Lineup] " + f.groupName() + ": run " + runId + " SUCCEEDED");
    assertThat(mail.text())
        .contains("Group: " + f.groupName())
        .contains("Run: " + runId + " (http://localhost:8080/runs/" + runId + ")")
        .contains("Status: SUCCEEDED")
        .contains("1. Load contacts: SUCCEEDED (processed 2, added 2, updated 0, rejected 0)")
        .contains("2. Load more: SUCCEEDED (processed 1, added 1, updated 0, rejected 0)")
        .doesNotContain("Error:");
    assertThat(mail.html()).contains("<td>Load more</td><td>SUCCEEDED</td>");

    JsonNode notifications = run.get("notifications");
    assertThat(notifications).hasSize(2);
    Instant finished = Instant.parse(run.get("finishedAt").asString());
    for (JsonNode n : notifications) {
      assertThat(n.get("status").asString()).isEqualTo("SENT");
      assertThat(Instant.parse(n.get("createdAt").asString())).isAfterOrEqualTo(finished);
    }
  }

  @Test
  void aFailedRunMailsOnlyTheFailureListNamingTheFailedAndSkippedJobsAndLaunchesNothing() {
    Members members = members(3);
    long campaign = campaign(members.list());
    Fixture f = fixture(List.of(campaign));
    deleteDropFile(f.contactsFile());

    JsonNode run = runAndAwaitMails(f, 1);

    assertThat(run.get("status").asString()).isEqualTo("FAILED");
    Mail mail = onlyMailTo(f.onFailure());
    assertThat(mail.subject()).endsWith(" FAILED");
    assertThat(mail.text())
        .contains("Status: FAILED")
        .contains("Error: Job 'Load contacts' failed")
        .contains("1. Load contacts: FAILED")
        .contains("2. Load more: SKIPPED");
    assertThat(Smtp.messagesTo(f.onSuccess())).isEmpty();
    assertThat(Smtp.messagesTo(f.alsoOnSuccess())).isEmpty();
    assertThat(run.get("campaignLaunches")).isEmpty();
    assertThat(api().get("/api/v1/campaigns/" + campaign + "/launches")).isEmpty();
    assertThat(Smtp.messagesTo(members.address(1))).isEmpty();
  }

  @Test
  void aCancelledRunMailsTheFailureListAndLaunchesNothing() {
    Members members = members(1);
    long campaign = campaign(members.list());
    Fixture f = fixture(List.of(campaign));
    Group group = groups.find(f.groupId()).orElseThrow();
    long runId = // queued, not yet handed to the scheduler: a cancel ends it at once
        groupRuns.create(
            group,
            group.jobIds().stream().map(id -> new PlannedStep(id, "job " + id)).toList(),
            Trigger.API,
            clock.instant());
    groups.claim(group.id(), runId);

    runs.cancelGroupRun(runId);

    await().until(() -> Smtp.messagesTo(f.onFailure()).size() == 1);
    Mail mail = onlyMailTo(f.onFailure());
    assertThat(mail.text()).contains("Status: CANCELLED").contains(": SKIPPED");
    assertThat(Smtp.messagesTo(f.onSuccess())).isEmpty();
    assertThat(api().get("/api/v1/campaigns/" + campaign + "/launches")).isEmpty();
  }

  @Test
  void aSuccessfulRunLaunchesItsCampaignsInOrderBeforeMailingTheOutcome() {
    Members members = members(3);
    long first = campaign(members.list());
    long second = campaign(members.list());
    Fixture f = fixture(List.of(first, second));

    JsonNode run = runAndAwaitMails(f, 2);

    JsonNode launches = run.get("campaignLaunches");
    assertThat(launches).hasSize(2);
    assertThat(launches.get(0).get("campaignId").asLong()).isEqualTo(first);
    assertThat(launches.get(1).get("campaignId").asLong()).isEqualTo(second);
    for (JsonNode launch : launches) {
      assertThat(launch.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(launch.get("targeted").asLong()).isEqualTo(3);
      assertThat(launch.get("sent").asLong()).isEqualTo(3);
    }
    assertThat(Instant.parse(launches.get(1).get("startedAt").asString()))
        .isAfterOrEqualTo(Instant.parse(launches.get(0).get("finishedAt").asString()));
    assertThat(Smtp.messagesTo(members.address(2))).hasSize(2);
    assertThat(onlyMailTo(f.onSuccess()).text())
        .contains("Campaign launches:")
        .contains(
            launches.get(0).get("campaignName").asString()
                + ": SUCCEEDED (targeted 3, sent 3, failed 0)");
  }

  @Test
  void smtpStoppedAndRestartedMidRunDeliversEveryMailExactlyOnce() {
    Members members = members(120); // the test rate is 50 a second: three batches
    long campaign = campaign(members.list());
    Fixture f = fixture(List.of(campaign));

    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId() + "/runs", null, HttpStatus.ACCEPTED);
    String runPath = "/api/v1/group-runs/" + queued.get("id").asLong();
    assertThat(api().awaitEnd(runPath).get("status").asString()).isEqualTo("SUCCEEDED");
    await().until(() -> count("status = 'SENT'", campaign) == 50);
    Smtp.stop();
    await() // the second batch finds the server down
        .until(
            () -> {
              runDueAfter(Duration.ofSeconds(1));
              return count("attempts = 1 AND status = 'PENDING'", campaign) == 1;
            });
    assertThat(api().get(runPath).get("notifications")).isEmpty(); // not before the launch ends

    Smtp.start();
    runDueAfter(Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              runDueAfter(Duration.ofSeconds(1));
              return Smtp.messagesTo(f.onSuccess()).size() == 1;
            });

    JsonNode launch = api().get(runPath).get("campaignLaunches").get(0);
    assertThat(launch.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(launch.get("sent").asLong()).isEqualTo(120);
    for (int n = 1; n <= 120; n++) {
      assertThat(Smtp.messagesTo(members.address(n))).hasSize(1);
    }
    assertThat(Smtp.messagesTo(f.onSuccess())).hasSize(1);
    await().until(() -> Smtp.messagesTo(f.alsoOnSuccess()).size() == 1); // sent on its own
    assertThat(Smtp.messagesTo(f.onFailure())).isEmpty();
  }

  private long count(String where, long campaign) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM lineup_campaign_recipient WHERE "
                + where
                + " AND launch_id = (SELECT id FROM lineup_campaign_launch WHERE campaign_id = ?)")
        .param(campaign)
        .query(Long.class)
        .single();
  }

  @Test
  void aFailedLaunchIsRecordedOnTheRunAndMailsTheFailureList() {
    Members members = members(1);
    long campaign = campaign(members.list());
    Fixture f = fixture(List.of(campaign));
    Smtp.stop();
    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId() + "/runs", null, HttpStatus.ACCEPTED);
    String runPath = "/api/v1/group-runs/" + queued.get("id").asLong();
    assertThat(api().awaitEnd(runPath).get("status").asString()).isEqualTo("SUCCEEDED");
    for (int attempt = 1; attempt <= 8; attempt++) {
      int tries = attempt;
      await()
          .until(
              () ->
                  jdbc.sql(
                              "SELECT attempts FROM lineup_campaign_recipient WHERE launch_id ="
                                  + " (SELECT id FROM lineup_campaign_launch WHERE campaign_id = ?)")
                          .param(campaign)
                          .query(Integer.class)
                          .optional() // the recipient is listed by the launch, after the run
                          .orElse(0)
                      == tries);
      if (attempt < 8) {
        runDueAfter(Duration.ofHours(1));
      }
    }
    Smtp.start();
    await() // the notification's next try: 30 s after a first try made while SMTP was down
        .until(
            () -> {
              runDueAfter(Duration.ofSeconds(30));
              return Smtp.messagesTo(f.onFailure()).size() == 1;
            });

    JsonNode launch = api().get(runPath).get("campaignLaunches").get(0);
    assertThat(launch.get("status").asString()).isEqualTo("FAILED");
    assertThat(launch.get("failed").asLong()).isEqualTo(1);
    assertThat(launch.get("error").asString()).isEqualTo("1 of 1 messages could not be sent");
    Mail mail = onlyMailTo(f.onFailure());
    assertThat(mail.subject()).endsWith("FAILED (a campaign launch failed)");
    assertThat(mail.text())
        .contains("Error: Campaign '")
        .contains("1 of 1 messages could not be sent");
    assertThat(Smtp.messagesTo(f.onSuccess())).isEmpty();
    assertThat(Smtp.messagesTo(members.address(1))).isEmpty();
  }

  @Test
  void aNotificationWaitsInTheOutboxWhileSmtpIsDownAndIsSentOnceItReturns() {
    Fixture f = fixture(List.of());
    Smtp.stop();
    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId() + "/runs", null, HttpStatus.ACCEPTED);
    String runPath = "/api/v1/group-runs/" + queued.get("id").asLong();
    api().awaitEnd(runPath);
    JsonNode mail = awaitNotification(runPath, f.onSuccess(), 1);
    assertThat(mail.get("status").asString()).isEqualTo("PENDING");
    assertThat(mail.get("lastError").asString()).isNotBlank();

    runDueAfter(Duration.ofSeconds(30)); // still down: the next try waits twice as long
    awaitNotification(runPath, f.onSuccess(), 2);
    Smtp.start();
    runDueAfter(Duration.ofSeconds(59));
    assertThat(Smtp.messagesTo(f.onSuccess())).isEmpty(); // not due yet
    runDueAfter(Duration.ofSeconds(1));
    await().until(() -> Smtp.messagesTo(f.onSuccess()).size() == 1);
    assertThat(awaitNotification(runPath, f.onSuccess(), 3).get("status").asString())
        .isEqualTo("SENT");
    await().until(() -> Smtp.messagesTo(f.alsoOnSuccess()).size() == 1); // sent on its own
  }

  @Test
  void aMailUndeliverableAfterTheLastTryIsMarkedFailedOnTheRun() {
    Fixture f = fixture(List.of());
    Smtp.stop();
    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId() + "/runs", null, HttpStatus.ACCEPTED);
    String runPath = "/api/v1/group-runs/" + queued.get("id").asLong();
    api().awaitEnd(runPath);
    for (int attempt = 1; attempt < 8; attempt++) {
      awaitNotification(runPath, f.onSuccess(), attempt);
      runDueAfter(Duration.ofHours(1));
    }
    JsonNode mail = awaitNotification(runPath, f.onSuccess(), 8);
    assertThat(mail.get("status").asString()).isEqualTo("FAILED");
    assertThat(mail.get("lastError").asString()).isNotBlank();

    Smtp.start();
    runDueAfter(Duration.ofHours(2));
    assertThat(Smtp.messagesTo(f.onSuccess())).isEmpty();
  }

  private JsonNode awaitNotification(String runPath, String to, int attempts) {
    JsonNode[] found = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              for (JsonNode n : api().get(runPath).get("notifications")) {
                if (n.get("recipient").asString().equals(to)
                    && n.get("attempts").asInt() == attempts) {
                  found[0] = n;
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }

  private static Mail onlyMailTo(String address) {
    var mails = Smtp.messagesTo(address);
    assertThat(mails).hasSize(1);
    return Smtp.read(mails.get(0));
  }
}
