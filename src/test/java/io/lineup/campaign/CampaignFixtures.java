package io.lineup.campaign;

import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.job.JobRequest;
import io.lineup.support.IntegrationTest;
import io.lineup.support.Smtp;
import java.time.Duration;
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
}
