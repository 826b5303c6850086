package io.lineup.campaign;

import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.group.GroupRequest;
import io.lineup.group.Notifications;
import io.lineup.group.PostProcessing;
import io.lineup.group.Schedule;
import io.lineup.job.JobRequest;
import io.lineup.support.IntegrationTest;
import io.lineup.support.Smtp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Profile lists with members, campaigns, and the real SMTP server, for the mail tests. */
public abstract class CampaignFixtures extends IntegrationTest {

  @Autowired protected Scheduler scheduler;

  @BeforeEach
  void smtpIsUp() {
    Smtp.start();
  }

  /** A profile list named after {@code prefix}; the members' addresses are {@code mN@domain}. */
  protected record Members(String list, String domain, int optedIn) {
    public String address(int n) {
      return "m" + n + "@" + domain;
    }
  }

  /**
   * A profile list with {@code optedIn} opted-in members ({@code FIRST_NAME} "Name N", but member 1
   * is {@code <Ann & "Bo">}), plus one opted-out member and one without an address, loaded by a
   * real import.
   */
  protected Members members(int optedIn) {
    String list = unique("PEOPLE");
    String domain = list.toLowerCase(Locale.ROOT).replace('_', '-') + ".example.com";
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    StringBuilder csv = new StringBuilder("id,email,first,perm\n");
    for (int n = 1; n <= optedIn; n++) {
      String first = n == 1 ? "\"<Ann & \"\"Bo\"\">\"" : "Name " + n;
      csv.append("c").append(n).append(",m").append(n).append('@').append(domain);
      csv.append(',').append(first).append(",I\n");
    }
    csv.append("out,out@").append(domain).append(",Out,O\n");
    csv.append("none,,Nobody,I\n");
    String file = dropFile(list + "/members.csv", csv.toString());
    long job =
        activeJob(
            aJob(list, file)
                .map("id", "CUSTOMER_ID_")
                .map("email", "EMAIL_ADDRESS_")
                .map("first", "FIRST_NAME")
                .map("perm", "EMAIL_PERMISSION_STATUS_")
                .match("CUSTOMER_ID_")
                .build());
    JsonNode queued = api().post("/api/v1/jobs/" + job + "/runs", null, HttpStatus.ACCEPTED);
    JsonNode run = api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
    if (!run.get("status").asString().equals("SUCCEEDED")) {
      throw new IllegalStateException("members were not loaded: " + run);
    }
    return new Members(list, domain, optedIn);
  }

  protected long activeJob(JobRequest job) {
    long id = api().post("/api/v1/jobs", job, HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  protected Map<String, Object> campaignJson(String list) {
    return Map.of(
        "name", unique("Welcome"),
        "profileList", list,
        "from", "news@example.com",
        "subject", "Hello ${FIRST_NAME}",
        "textBody", "Hi ${FIRST_NAME}, you are ${CUSTOMER_ID_}.",
        "htmlBody", "<p>Hi <b>${FIRST_NAME}</b></p>");
  }

  protected long campaign(String list) {
    return api()
        .post("/api/v1/campaigns", campaignJson(list), HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  /** Runs due work now, moving the clock a second at a time, until the launch has ended. */
  protected JsonNode awaitLaunch(long campaignId, long launchId) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              last[0] = launch(campaignId, launchId);
              String status = last[0].get("status").asString();
              if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return true;
              }
              runDueAfter(Duration.ofSeconds(1));
              return false;
            });
    return last[0];
  }

  protected JsonNode launch(long campaignId, long launchId) {
    for (JsonNode launch : api().get("/api/v1/campaigns/" + campaignId + "/launches")) {
      if (launch.get("id").asLong() == launchId) {
        return launch;
      }
    }
    throw new AssertionError("no launch " + launchId);
  }

  /** Moves the clock on and has the scheduler run whatever is due now. */
  protected void runDueAfter(Duration duration) {
    clock.tick(duration);
    scheduler.triggerCheckForDueExecutions();
  }

  protected record Fixture(
      long groupId,
      String groupName,
      String contactsFile,
      String onSuccess,
      String alsoOnSuccess,
      String onFailure) {}

  /** An active group of two jobs loading a fresh list, with a success and a failure list. */
  protected Fixture fixture(List<Long> campaigns) {
    String list = unique("LOADED");
    String domain = list.toLowerCase(Locale.ROOT).replace('_', '-') + ".example.org";
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 50)), HttpStatus.CREATED);
    String contacts =
        dropFile(list + "/contacts.csv", "email,first\nann@x.org,Ann\nbob@x.org,Bob\n");
    String more = dropFile(list + "/more.csv", "email,first\ncy@x.org,Cy\n");
    long first =
        activeJob(
            aJob(list, contacts)
                .named("Load contacts")
                .map("email", "EMAIL_ADDRESS_")
                .map("first", "FIRST_NAME")
                .match("EMAIL_ADDRESS_")
                .build());
    long second =
        activeJob(
            aJob(list, more)
                .named("Load more")
                .map("email", "EMAIL_ADDRESS_")
                .map("first", "FIRST_NAME")
                .match("EMAIL_ADDRESS_")
                .build());
    String name = unique("Nightly");
    String ok = "ops@" + domain;
    String alsoOk = "boss@" + domain;
    String bad = "oncall@" + domain;
    GroupRequest request =
        new GroupRequest(
            name,
            null,
            List.of(first, second),
            new PostProcessing(!campaigns.isEmpty(), campaigns),
            new Notifications(List.of(ok, alsoOk, ok.toUpperCase(Locale.ROOT)), List.of(bad)),
            Schedule.none());
    long group = api().post("/api/v1/groups", request, HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/groups/" + group + "/activate", null, HttpStatus.OK);
    return new Fixture(group, name, contacts, ok, alsoOk, bad);
  }

  /** Runs the group, waits for it and for {@code mails} notifications sent, returns the run. */
  protected JsonNode runAndAwaitMails(Fixture f, int mails) {
    JsonNode queued =
        api().post("/api/v1/groups/" + f.groupId() + "/runs", null, HttpStatus.ACCEPTED);
    String runPath = "/api/v1/group-runs/" + queued.get("id").asLong();
    api().awaitEnd(runPath);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              int sent = 0;
              for (JsonNode n : api().get(runPath).get("notifications")) {
                sent += n.get("status").asString().equals("SENT") ? 1 : 0;
              }
              return sent == mails;
            });
    return api().get(runPath);
  }
}
