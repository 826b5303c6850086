package io.lineup.cluster;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aGroup;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.support.Api;
import io.lineup.support.MutableClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * A Lineup node in a JVM of its own is killed (not stopped) in the middle of a group run; the
 * test's node takes the run over after the heartbeat timeout: the step already done is not run
 * again, the interrupted import is run again from the start and nothing of its first attempt is
 * kept.
 */
class KilledNodeTest {

  private static final int BIG = 50_000;
  private static final Map<String, String> SHORT_HEARTBEAT =
      Map.of(
          "db-scheduler.heartbeat-interval", "500ms",
          "db-scheduler.missed-heartbeats-limit", "4",
          "lineup.import-chunk-size", "100");

  private Process child;
  private ConfigurableApplicationContext survivor;

  @AfterEach
  void stop() {
    if (child != null) {
      child.destroyForcibly();
    }
    if (survivor != null) {
      survivor.close();
    }
  }

  @Test
  void anotherNodeFinishesTheRunOfAKilledNode() throws Exception {
    String url = Nodes.database("lineup_killed_node");
    Path drop = Nodes.temporaryFolder();
    Files.createDirectories(drop.resolve("k"));
    Files.writeString(drop.resolve("k/small.csv"), "email,first\ns1@x.org,A\ns2@x.org,B\n");
    StringBuilder big = new StringBuilder("email,first\n");
    for (int i = 0; i < BIG; i++) {
      big.append("b").append(i).append("@x.org,N").append(i).append('\n');
    }
    Files.writeString(drop.resolve("k/big.csv"), big);
    int port = Nodes.freePort();
    child = startChild("doomed", url, drop, port);
    Api doomed = Nodes.api(port);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> doomed.get("/actuator/health").get("status").asString().equals("UP"));

    doomed.post(
        "/api/v1/tables", aProfileList("KILLED", text("FIRST_NAME", 20)), HttpStatus.CREATED);
    long small = job(doomed, "k/small.csv");
    long large = job(doomed, "k/big.csv");
    long group =
        doomed
            .post("/api/v1/groups", aGroup("Killed", small, large), HttpStatus.CREATED)
            .get("id")
            .asLong();
    doomed.post("/api/v1/groups/" + group + "/activate", null, HttpStatus.OK);
    long runId =
        doomed
            .post("/api/v1/groups/" + group + "/runs", null, HttpStatus.ACCEPTED)
            .get("id")
            .asLong();

    // kill it while the second import is half way
    long[] cutOff = new long[2];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> (cutOff[0] = runningJobRunWithProgress(url, large)) > 0);
    child.destroyForcibly().waitFor();
    JsonNode before = jobRunState(url, cutOff[0]);
    assertThat(before.get("status").asString()).isEqualTo("RUNNING");
    long doneStep = stepJobRun(url, runId, 0);

    survivor = Nodes.start("survivor", url, drop, SHORT_HEARTBEAT);
    // the child ran on the system clock; on the survivor's settable clock, the dead node's last
    // heartbeat is a minute old, far past 4 missed heartbeats of 500 ms
    survivor.getBean(MutableClock.class).set(lastHeartbeat(url).plus(Duration.ofMinutes(1)));
    survivor.getBean(Scheduler.class).triggerCheckForDueExecutions();
    Api api =
        Nodes.api(Integer.parseInt(survivor.getEnvironment().getProperty("local.server.port")));

    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                (last[0] = api.get("/api/v1/group-runs/" + runId))
                    .get("status")
                    .asString()
                    .equals("SUCCEEDED"));
    JsonNode run = last[0];

    assertThatRun(run).hasStatus("SUCCEEDED");
    assertThatRun(run).step(0).hasStatus("SUCCEEDED").hasCounts(2, 2, 0, 0);
    assertThat(run.get("steps").get(0).get("jobRunId").asLong()).isEqualTo(doneStep);
    assertThatRun(run).step(1).hasStatus("SUCCEEDED").hasCounts(BIG, BIG, 0, 0);
    assertThat(run.get("steps").get(1).get("jobRunId").asLong()).isNotEqualTo(cutOff[0]);
    assertThatRun(api.get("/api/v1/job-runs/" + cutOff[0]))
        .hasStatus("FAILED")
        .hasErrorContaining("Interrupted");
    assertThat(api.get("/api/v1/tables/KILLED/records").get("total").asLong()).isEqualTo(BIG + 2);
  }

  private static long job(Api api, String path) {
    long id =
        api.post(
                "/api/v1/jobs",
                aJob("KILLED", path)
                    .named(path)
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api.post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  private static Process startChild(String node, String url, Path drop, int port) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.lineup.LineupApplication");
    command.add("--server.port=" + port);
    Nodes.settings(node, url, drop, SHORT_HEARTBEAT).forEach(s -> command.add("--" + s));
    File log = Files.createTempFile("lineup-child", ".log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  private static long runningJobRunWithProgress(String url, long jobId) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM lineup_job_run WHERE job_id = "
                        + jobId
                        + " AND status = 'RUNNING' AND records_processed > 0")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static JsonNode jobRunState(String url, long jobRunId) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT status FROM lineup_job_run WHERE id = " + jobRunId)) {
      rs.next();
      return tools.jackson.databind.node.JsonNodeFactory.instance
          .objectNode()
          .put("status", rs.getString(1));
    }
  }

  private static long stepJobRun(String url, long runId, int position) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT job_run_id FROM lineup_group_run_step WHERE group_run_id = "
                        + runId
                        + " AND ordinal = "
                        + position
                        + " AND status = 'SUCCEEDED'")) {
      assertThat(rs.next()).as("step %d done before the kill", position).isTrue();
      return rs.getLong(1);
    }
  }

  private static Instant lastHeartbeat(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT MAX(last_heartbeat) FROM lineup_scheduled_tasks WHERE picked")) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
  }
}
