package io.lineup.cluster;

import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lineup.LineupApplication;
import io.lineup.job.ImportJob;
import io.lineup.job.JobService;
import io.lineup.table.TableService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduling benchmark, not part of {@code mvn verify}: K groups of two small jobs, their
 * scheduled starts due one after another at a steady rate, on one node and on two, next to raw
 * db-scheduler executing K no-op tasks due the same way. Run it with
 *
 * <pre>mvn -B -q test -Dtest=ScheduleBenchmark -Dlineup.benchmark=true [-Dbenchmark.groups=10000]
 *     [-Dbenchmark.rate=100] [-Dbenchmark.polling=1s] [-Dbenchmark.threads=4]</pre>
 *
 * Results go to standard output and {@code target/schedule-benchmark.md}.
 */
@EnabledIfSystemProperty(named = "lineup.benchmark", matches = "true")
class ScheduleBenchmark {

  private static final int GROUPS = Integer.getInteger("benchmark.groups", 10_000);

  /** Starts coming due per second: 100/s offers 6,000 group runs a minute. */
  private static final int RATE = Integer.getInteger("benchmark.rate", 100);

  private static final String POLLING = System.getProperty("benchmark.polling", "1s");
  private static final String THREADS = System.getProperty("benchmark.threads", "4");
  private static final Map<String, Instant> NOOP_STARTED = new ConcurrentHashMap<>();

  @Test
  void benchmark() throws Exception {
    Path drop = Nodes.temporaryFolder();
    writeFiles(drop);
    List<String> lines = new ArrayList<>();
    lines.add(
        "| what | nodes | runs | due over | runs started per minute | start delay p50 | p99 |"
            + " max | duplicates | misses |");
    lines.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    lines.add(groups(1, drop));
    lines.add(groups(2, drop));
    lines.add(raw(1, drop));
    lines.add(raw(2, drop));
    String table = String.join("\n", lines);
    String report =
        ("K = %d groups of two one-record jobs, due at %d per second; polling %s;"
                + " %s threads a node; %d cores, %s%n%n%s%n")
            .formatted(
                GROUPS,
                RATE,
                POLLING,
                THREADS,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                table);
    System.out.println(report);
    Files.writeString(Path.of("target", "schedule-benchmark.md"), report);
  }

  private String groups(int nodes, Path drop) throws Exception {
    String url = Nodes.database("bench_groups_" + nodes);
    List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    try {
      contexts.add(Nodes.start("bench-1", url, drop, settings(), LineupApplication.class));
      JdbcClient jdbc = contexts.get(0).getBean(JdbcClient.class);
      createGroups(contexts.get(0), jdbc);
      Instant first = Instant.now().plusSeconds(nodes == 1 ? 5 : 15);
      scheduleDue(
          contexts.get(0),
          "group-start",
          "SELECT CAST(g.id AS VARCHAR) FROM lineup_group g ORDER BY g.id",
          first);
      if (nodes == 2) {
        contexts.add(Nodes.start("bench-2", url, drop, settings(), LineupApplication.class));
      }
      await()
          .atMost(timeout())
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  jdbc.sql(
                              "SELECT COUNT(*) FROM lineup_group_run WHERE status IN"
                                  + " ('SUCCEEDED','FAILED','SKIPPED','CANCELLED')")
                          .query(Long.class)
                          .single()
                      >= GROUPS);
      List<long[]> dueAndStarted =
          jdbc.sql(
                  """
                  SELECT r.group_id, r.started_at, r.status FROM lineup_group_run r""")
              .query(
                  (rs, row) ->
                      new long[] {
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class) == null
                            ? -1
                            : rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                        rs.getString(3).equals("SUCCEEDED") ? 1 : 0
                      })
              .list();
      long minId = jdbc.sql("SELECT MIN(id) FROM lineup_group").query(Long.class).single();
      return row("Lineup group runs", nodes, first, minId, dueAndStarted);
    } finally {
      contexts.forEach(ConfigurableApplicationContext::close);
    }
  }

  private String raw(int nodes, Path drop) throws Exception {
    NOOP_STARTED.clear();
    String url = Nodes.database("bench_raw_" + nodes);
    List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    try {
      contexts.add(
          Nodes.start("raw-1", url, drop, settings(), LineupApplication.class, Noop.class));
      JdbcClient jdbc = contexts.get(0).getBean(JdbcClient.class);
      Instant first = Instant.now().plusSeconds(nodes == 1 ? 5 : 15);
      scheduleDue(
          contexts.get(0),
          "bench-noop",
          "SELECT CAST(n AS VARCHAR) FROM generate_series(1, %d) n".formatted(GROUPS),
          first);
      if (nodes == 2) {
        contexts.add(
            Nodes.start("raw-2", url, drop, settings(), LineupApplication.class, Noop.class));
      }
      await()
          .atMost(timeout())
          .pollInterval(Duration.ofMillis(500))
          .until(() -> NOOP_STARTED.size() >= GROUPS);
      List<long[]> dueAndStarted = new ArrayList<>();
      NOOP_STARTED.forEach(
          (id, started) ->
              dueAndStarted.add(new long[] {Long.parseLong(id), started.toEpochMilli(), 1}));
      return row("raw db-scheduler no-op tasks", nodes, first, 1, dueAndStarted);
    } finally {
      contexts.forEach(ConfigurableApplicationContext::close);
    }
  }

  /** A no-op task, to measure db-scheduler alone on the same database and settings. */
  @Configuration(proxyBeanMethods = false)
  static class Noop {
    @Bean
    Task<Void> benchNoop() {
      return Tasks.oneTime("bench-noop")
          .execute(
              (instance, context) -> NOOP_STARTED.putIfAbsent(instance.getId(), Instant.now()));
    }
  }

  /** Start i (from 0, by id order) is due at first + i / RATE seconds. */
  private static Instant due(Instant first, long index) {
    return first.plusNanos(index * 1_000_000_000L / RATE);
  }

  private static String row(
      String what, int nodes, Instant first, long firstId, List<long[]> runs) {
    Map<Long, Integer> perKey = new ConcurrentHashMap<>();
    long[] delays =
        runs.stream()
            .peek(r -> perKey.merge(r[0], 1, Integer::sum))
            .filter(r -> r[1] >= 0)
            .mapToLong(r -> r[1] - due(first, r[0] - firstId).toEpochMilli())
            .sorted()
            .toArray();
    long duplicates = perKey.values().stream().filter(c -> c > 1).count();
    long misses =
        (GROUPS - perKey.size()) + runs.stream().filter(r -> r[2] != 1 || r[1] < 0).count();
    long lastStart = runs.stream().mapToLong(r -> r[1]).max().orElse(0);
    double minutes = (lastStart - first.toEpochMilli()) / 60_000.0;
    return "| %s | %d | %d | %.0f s | %.0f | %d ms | %d ms | %d ms | %d | %d |"
        .formatted(
            what,
            nodes,
            runs.size(),
            (due(first, GROUPS - 1).toEpochMilli() - first.toEpochMilli()) / 1000.0,
            runs.size() / minutes,
            percentile(delays, 0.50),
            percentile(delays, 0.99),
            delays.length == 0 ? 0 : delays[delays.length - 1],
            duplicates,
            misses);
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static Duration timeout() {
    return Duration.ofSeconds(120 + 10L * GROUPS / Math.max(RATE, 1));
  }

  private static Map<String, String> settings() {
    return Map.of(
        "db-scheduler.threads",
        THREADS,
        "db-scheduler.polling-interval",
        POLLING,
        "logging.level.root",
        "WARN",
        "spring.datasource.hikari.maximum-pool-size",
        "20");
  }

  private static void writeFiles(Path drop) throws Exception {
    Files.createDirectories(drop.resolve("bench"));
    for (int i = 0; i < 2 * GROUPS + 1; i++) {
      Files.writeString(
          drop.resolve("bench/" + i + ".csv"), "email,first\nb" + i + "@example.com,B\n");
    }
  }

  /** A template job through the service, then 2K copies reading their own file, K groups. */
  private static void createGroups(ConfigurableApplicationContext node, JdbcClient jdbc) {
    node.getBean(TableService.class).create(aProfileList("BENCH", text("FIRST_NAME", 20)));
    ImportJob job =
        node.getBean(JobService.class)
            .create(
                aJob("BENCH", "bench/0.csv")
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build());
    node.getBean(JobService.class).activate(job.id());
    jdbc.sql(
            """
            INSERT INTO lineup_job (name, description, table_name, status, on_demand, source,
                format, mapping, match_fields, merge_rule, schedule, created_at, updated_at)
            SELECT 'b-' || ((n + 1) / 2) || '-' || ((n + 1) % 2), description, table_name,
                status, on_demand, REPLACE(source, 'bench/0.csv', 'bench/' || n || '.csv'),
                format, mapping, match_fields, merge_rule, schedule, created_at, updated_at
            FROM lineup_job, generate_series(1, CAST(? AS INT)) n WHERE id = ?""")
        .params(2 * GROUPS, job.id())
        .update();
    jdbc.sql(
            """
            INSERT INTO lineup_group (name, name_key, status, post_processing, notifications,
                schedule, created_at, updated_at)
            SELECT 'b-' || n, 'b-' || n, 'ACTIVE', '{}', '{}',
                '{"type":"DAILY","hour":0,"slot":0,"minute":7,"zone":"UTC"}', now(), now()
            FROM generate_series(1, CAST(? AS INT)) n ORDER BY n""")
        .param(GROUPS)
        .update();
    jdbc.sql(
            """
            INSERT INTO lineup_group_member (group_id, ordinal, job_id)
            SELECT g.id, CAST(SUBSTRING(j.name FROM '[0-9]+$') AS INT), j.id
            FROM lineup_group g JOIN lineup_job j ON j.name LIKE g.name || '-_'""")
        .update();
  }

  /** One execution per id the query gives, in order, due at RATE per second from first. */
  private static void scheduleDue(
      ConfigurableApplicationContext node, String task, String ids, Instant first) {
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    List<String> list = jdbc.queryForList(ids, String.class);
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      batch.add(new Object[] {task, list.get(i), due(first, i).atOffset(ZoneOffset.UTC)});
    }
    jdbc.batchUpdate(
        "INSERT INTO lineup_scheduled_tasks (task_name, task_instance, execution_time, picked,"
            + " version) VALUES (?, ?, ?, FALSE, 1)",
        batch);
  }
}
