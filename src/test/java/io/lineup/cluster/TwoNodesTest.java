package io.lineup.cluster;

import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.lineup.job.ImportJob;
import io.lineup.job.JobService;
import io.lineup.support.TestClockConfiguration;
import io.lineup.table.TableService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Lineup nodes on one PostgreSQL share 1,000 due scheduled starts: every group is started
 * exactly once, and both nodes do part of the work.
 */
class TwoNodesTest {

  private static final int GROUPS = 1_000;

  private ConfigurableApplicationContext a;
  private ConfigurableApplicationContext b;

  @AfterEach
  void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  @Test
  void everyDueStartIsStartedExactlyOnceAcrossTwoNodes() throws Exception {
    String url = Nodes.database("lineup_two_nodes");
    Path drop = Nodes.temporaryFolder();
    Files.createDirectories(drop.resolve("tiny"));
    Files.writeString(drop.resolve("tiny/empty.csv"), "email,first\n");
    Map<String, String> settings = Map.of("db-scheduler.threads", "4");
    a = Nodes.start("node-a", url, drop, settings);
    JdbcClient jdbc = a.getBean(JdbcClient.class);
    createDueGroups(a, jdbc);

    b = Nodes.start("node-b", url, drop, settings);
    makeStartsDue(jdbc);
    a.getBean(Scheduler.class).triggerCheckForDueExecutions();
    b.getBean(Scheduler.class).triggerCheckForDueExecutions();

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                jdbc.sql("SELECT COUNT(*) FROM lineup_group_run WHERE finished_at IS NOT NULL")
                        .query(Long.class)
                        .single()
                    >= GROUPS);

    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM lineup_group g WHERE 1 <> (SELECT COUNT(*) FROM"
                        + " lineup_group_run r WHERE r.group_id = g.id)")
                .query(Long.class)
                .single())
        .as("groups not started exactly once")
        .isZero();
    assertThat(
            jdbc.sql("SELECT status, trigger_type, COUNT(*) FROM lineup_group_run GROUP BY 1, 2")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3))
                .list())
        .containsExactly("SUCCEEDED SCHEDULE " + GROUPS);
    double startedByA = started(a);
    double startedByB = started(b);
    assertThat(startedByA + startedByB).isEqualTo(GROUPS);
    assertThat(startedByA).as("node a started some").isPositive();
    assertThat(startedByB).as("node b started some").isPositive();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM lineup_scheduled_tasks WHERE task_name = 'group-start'")
                .query(Long.class)
                .single())
        .as("each group's next start, once")
        .isEqualTo(GROUPS);
  }

  private static double started(ConfigurableApplicationContext node) {
    return node.getBean(MeterRegistry.class)
        .counter("lineup.runs.started", "kind", "group")
        .count();
  }

  /**
   * One job through the service, then 1,000 copies and 1,000 active DAILY groups of one job each,
   * in a few set-based statements.
   */
  private static void createDueGroups(ConfigurableApplicationContext node, JdbcClient jdbc) {
    node.getBean(TableService.class).create(aProfileList("TINY", text("FIRST_NAME", 20)));
    ImportJob job =
        node.getBean(JobService.class)
            .create(
                aJob("TINY", "tiny/empty.csv")
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build());
    node.getBean(JobService.class).activate(job.id());
    jdbc.sql(
            """
            INSERT INTO lineup_job (name, description, table_name, status, on_demand, source,
                format, mapping, match_fields, merge_rule, schedule, created_at, updated_at)
            SELECT 'tiny ' || n, description, table_name, status, on_demand, source, format,
                mapping, match_fields, merge_rule, schedule, created_at, updated_at
            FROM lineup_job, generate_series(1, CAST(? AS INT)) n WHERE id = ?""")
        .params(GROUPS, job.id())
        .update();
    jdbc.sql(
            """
            INSERT INTO lineup_group (name, name_key, status, post_processing, notifications,
                schedule, created_at, updated_at)
            SELECT name, name, 'ACTIVE', '{}', '{}',
                '{"type":"DAILY","hour":0,"slot":0,"minute":7,"zone":"UTC"}', created_at,
                created_at
            FROM lineup_job WHERE name LIKE 'tiny %'""")
        .update();
    jdbc.sql(
            """
            INSERT INTO lineup_group_member (group_id, ordinal, job_id)
            SELECT g.id, 0, j.id FROM lineup_group g JOIN lineup_job j ON j.name = g.name""")
        .update();
  }

  /**
   * Every group's start execution, due a second ago: both nodes race for all of them. (Node b's
   * start-up has already added the executions, due at tomorrow's start.)
   */
  private static void makeStartsDue(JdbcClient jdbc) {
    Object due = TestClockConfiguration.START.minusSeconds(1).atOffset(ZoneOffset.UTC);
    jdbc.sql("UPDATE lineup_scheduled_tasks SET execution_time = ? WHERE task_name = 'group-start'")
        .param(due)
        .update();
    jdbc.sql(
            """
            INSERT INTO lineup_scheduled_tasks (task_name, task_instance, execution_time, picked,
                version)
            SELECT 'group-start', CAST(g.id AS VARCHAR), ?, FALSE, 1 FROM lineup_group g
            WHERE NOT EXISTS (SELECT 1 FROM lineup_scheduled_tasks t
                WHERE t.task_name = 'group-start' AND t.task_instance = CAST(g.id AS VARCHAR))""")
        .param(due)
        .update();
  }
}
