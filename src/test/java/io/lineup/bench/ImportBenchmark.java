package io.lineup.bench;

import io.lineup.LineupApplication;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRequest;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import io.lineup.job.JobService;
import io.lineup.job.MergeRule;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.run.RunService;
import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import io.lineup.table.FieldType;
import io.lineup.table.TableKind;
import io.lineup.table.TableRequest;
import io.lineup.table.TableRequest.FieldRequest;
import io.lineup.table.TableService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times Lineup's import against what an expert would do by hand, on the same generated files: on an
 * embedded PostgreSQL and on H2. Not a test: run with {@code mvn -B -Pbench verify} (see
 * docs/BENCHMARKS.md). Arguments: rows (default 1,000,000), and {@code --skip-h2} / {@code
 * --only-lineup} to shorten very large runs.
 */
public final class ImportBenchmark {

  private static final String[] COLUMNS = {
    "email",
    "customer",
    "first",
    "last",
    "city",
    "postal",
    "country",
    "mobile",
    "permission",
    "age",
    "score",
    "born"
  };
  private static final String[] FIELDS = {
    "EMAIL_ADDRESS_", "CUSTOMER_ID_", "FIRST_NAME", "LAST_NAME", "CITY_", "POSTAL_CODE_",
    "COUNTRY_", "MOBILE_NUMBER_", "EMAIL_PERMISSION_STATUS_", "AGE", "SCORE", "BORN"
  };

  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final long rows;

  private ImportBenchmark(long rows) {
    this.rows = rows;
  }

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    List<String> flags = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      flags.addAll(List.of(args[i].trim().split("\\s+")));
    }
    new ImportBenchmark(rows).run(!flags.contains("--skip-h2"), !flags.contains("--only-lineup"));
    System.exit(0);
  }

  private void run(boolean h2, boolean baselines) throws Exception {
    Path dir = Files.createTempDirectory("lineup-bench");
    Path files = Files.createDirectories(dir.resolve("files"));
    long t = System.nanoTime();
    generate(files.resolve("insert.csv"), "I");
    generate(files.resolve("update.csv"), "U");
    System.out.printf(
        Locale.ROOT,
        "Generated 2 files of %,d rows x 12 fields (%,d bytes each) in %.1f s%n",
        rows,
        Files.size(files.resolve("insert.csv")),
        (System.nanoTime() - t) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d cores, max heap %d MB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (ConfigurableApplicationContext ctx =
          lineup(dir, pg.getJdbcUrl("postgres", "postgres"), "postgres")) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        System.out.println("PostgreSQL " + jdbc.queryForObject("SELECT version()", String.class));
        lineupRuns(ctx, "postgres");
        if (baselines) {
          postgresBaselines(ctx, jdbc, files);
        }
      }
    }
    if (h2) {
      try (ConfigurableApplicationContext ctx =
          lineup(dir, "jdbc:h2:file:" + dir.resolve("h2/lineup"), "sa")) {
        lineupRuns(ctx, "h2");
        if (baselines) {
          JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
          ctx.getBean(TableService.class).create(list("H2_CSVREAD"));
          String columns = String.join(", ", quoted(FIELDS));
          StringBuilder select = new StringBuilder();
          for (String c : COLUMNS) {
            // CSVREAD names its columns by the header, in upper case
            select
                .append(select.isEmpty() ? "" : ", ")
                .append('"')
                .append(c.toUpperCase(Locale.ROOT))
                .append('"');
          }
          time(
              "h2 INSERT ... SELECT FROM CSVREAD",
              () ->
                  jdbc.update(
                      "INSERT INTO \"H2_CSVREAD\" ("
                          + columns
                          + ") SELECT "
                          + select
                          + " FROM CSVREAD('"
                          + files.resolve("insert.csv")
                          + "', NULL, 'charset=UTF-8')"));
        }
      }
    }
    report();
    deleteTree(dir);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void lineupRuns(ConfigurableApplicationContext ctx, String db) {
    ctx.getBean(TableService.class).create(list("BENCH"));
    JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
    settle(jdbc, db);
    time("%s lineup insert".formatted(db), () -> importFile(ctx, "insert.csv"));
    settle(jdbc, db);
    time("%s lineup update".formatted(db), () -> importFile(ctx, "update.csv"));
  }

  /**
   * Before each timed PostgreSQL step: vacuum and analyze what the last one wrote, and checkpoint,
   * so that no step pays for the one before it (autovacuum would otherwise start on a table just
   * loaded, in the middle of the next step).
   */
  private static void settle(JdbcTemplate jdbc, String db) {
    if (db.equals("postgres")) {
      jdbc.execute("VACUUM ANALYZE");
      jdbc.execute("CHECKPOINT");
    }
  }

  private void postgresBaselines(
      ConfigurableApplicationContext ctx, JdbcTemplate jdbc, Path files) {
    String columns = String.join(", ", quoted(FIELDS));
    jdbc.execute(
        "CREATE UNLOGGED TABLE bench_unlogged (email VARCHAR(255), customer VARCHAR(255),"
            + " first VARCHAR(50), last VARCHAR(50), city VARCHAR(100), postal VARCHAR(20),"
            + " country VARCHAR(2), mobile VARCHAR(32), permission VARCHAR(1), age BIGINT,"
            + " score NUMERIC, born DATE)");
    settle(jdbc, "postgres");
    time(
        "postgres COPY into an unlogged table, no index",
        () -> copy(jdbc, "bench_unlogged", files.resolve("insert.csv")));
    ctx.getBean(TableService.class).create(list("BENCH_COPY"));
    settle(jdbc, "postgres");
    time(
        "postgres COPY into an indexed profile-list table",
        () -> copy(jdbc, "\"BENCH_COPY\" (" + columns + ")", files.resolve("insert.csv")));
    jdbc.execute("CREATE UNLOGGED TABLE bench_stage (LIKE bench_unlogged)");
    StringBuilder set = new StringBuilder();
    for (String f : FIELDS) {
      if (!f.equals("CUSTOMER_ID_")) {
        set.append(set.isEmpty() ? "" : ", ")
            .append('"')
            .append(f)
            .append("\" = EXCLUDED.\"")
            .append(f)
            .append('"');
      }
    }
    // as the issue states it: the file's columns and the two dates
    upsert(ctx, jdbc, files, "BENCH_UPSERT", "", columns, set.toString(), "");
    // the same table Lineup writes: with the email hashes a profile list keeps
    upsert(
        ctx,
        jdbc,
        files,
        "BENCH_UPSERT_HASHED",
        " with email hashes",
        columns + ", \"EMAIL_MD5_HASH_\", \"EMAIL_SHA256_HASH_\"",
        set
            + ", \"EMAIL_MD5_HASH_\" = EXCLUDED.\"EMAIL_MD5_HASH_\""
            + ", \"EMAIL_SHA256_HASH_\" = EXCLUDED.\"EMAIL_SHA256_HASH_\"",
        ", md5(lower(email)), encode(sha256(convert_to(lower(email), 'UTF8')), 'hex')");
  }

  /** The hand-written upsert: a staging COPY, then one INSERT ... ON CONFLICT DO UPDATE. */
  private void upsert(
      ConfigurableApplicationContext ctx,
      JdbcTemplate jdbc,
      Path files,
      String table,
      String variant,
      String columns,
      String set,
      String derived) {
    ctx.getBean(TableService.class).create(list(table));
    jdbc.execute("CREATE UNIQUE INDEX " + table + "_key ON \"" + table + "\" (\"CUSTOMER_ID_\")");
    String upsert =
        "INSERT INTO \""
            + table
            + "\" ("
            + columns
            + ", \"CREATED_DATE_\", \"MODIFIED_DATE_\") SELECT *"
            + derived
            + ", now(), now() FROM bench_stage"
            + " ON CONFLICT (\"CUSTOMER_ID_\") DO UPDATE SET "
            + set
            + ", \"MODIFIED_DATE_\" = now()";
    for (String run : List.of("insert", "update")) {
      settle(jdbc, "postgres");
      time(
          "postgres staging COPY + INSERT ON CONFLICT" + variant + " (" + run + ")",
          () -> {
            jdbc.execute("TRUNCATE bench_stage");
            copy(jdbc, "bench_stage", files.resolve(run + ".csv"));
            jdbc.update(upsert);
          });
    }
  }

  private static void copy(JdbcTemplate jdbc, String into, Path file) {
    jdbc.execute(
        (ConnectionCallback<Long>)
            con -> {
              try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + into + " FROM STDIN (FORMAT csv, HEADER true)", in);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private void importFile(ConfigurableApplicationContext ctx, String file) {
    JobService jobs = ctx.getBean(JobService.class);
    List<ColumnMapping> mapping = new ArrayList<>();
    for (int i = 0; i < COLUMNS.length; i++) {
      mapping.add(new ColumnMapping(COLUMNS[i], FIELDS[i]));
    }
    ImportJob job =
        jobs.create(
            new JobRequest(
                "bench " + file,
                null,
                "BENCH",
                new Source(SourceType.LOCAL, file, null, false, false),
                Format.csv(),
                mapping,
                List.of("CUSTOMER_ID_"),
                MergeRule.upsert(),
                true));
    jobs.activate(job.id());
    JobRun run = ctx.getBean(RunService.class).startJob(job.id(), Trigger.API);
    JobRunRepository runs = ctx.getBean(JobRunRepository.class);
    JobRun done =
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofHours(2))
            .pollInterval(java.time.Duration.ofMillis(20))
            .until(
                () -> runs.find(run.id()).orElseThrow(),
                r -> r.status() != RunStatus.QUEUED && r.status() != RunStatus.RUNNING);
    if (done.status() != RunStatus.SUCCEEDED || done.recordsProcessed() != rows) {
      throw new IllegalStateException("Import did not succeed: " + done);
    }
  }

  private void time(String what, Runnable work) {
    long t = System.nanoTime();
    work.run();
    double s = (System.nanoTime() - t) / 1e9;
    seconds.put(what, s);
    System.out.printf(Locale.ROOT, "%-72s %8.2f s %,12.0f rows/s%n", what, s, rows / s);
  }

  private void report() {
    System.out.println();
    System.out.printf(Locale.ROOT, "Rows: %,d%n", rows);
    ratio("postgres lineup insert", "postgres COPY into an indexed profile-list table", 0.7);
    ratio("postgres lineup update", "postgres staging COPY + INSERT ON CONFLICT (update)", 0.9);
    ratio(
        "postgres lineup update",
        "postgres staging COPY + INSERT ON CONFLICT with email hashes (update)",
        0.9);
    ratio("postgres lineup insert", "postgres staging COPY + INSERT ON CONFLICT (insert)", 0);
    ratio(
        "postgres lineup insert",
        "postgres staging COPY + INSERT ON CONFLICT with email hashes (insert)",
        0);
    ratio("postgres lineup insert", "postgres COPY into an unlogged table, no index", 0);
    ratio("h2 lineup insert", "h2 INSERT ... SELECT FROM CSVREAD", 0.5);
  }

  /** Speed of {@code ours} relative to {@code theirs}: their time over ours. */
  private void ratio(String ours, String theirs, double target) {
    if (!seconds.containsKey(ours) || !seconds.containsKey(theirs)) {
      return;
    }
    double r = seconds.get(theirs) / seconds.get(ours);
    System.out.printf(
        Locale.ROOT,
        "%-25s vs %-70s %5.2fx%s%n",
        ours,
        theirs,
        r,
        target == 0
            ? ""
            : (r >= target
                ? "  (target >= " + target + ": met)"
                : "  (target >= " + target + ": NOT met)"));
  }

  private static ConfigurableApplicationContext lineup(Path dir, String url, String user) {
    // command-line arguments: they win over application.properties
    return new SpringApplicationBuilder(LineupApplication.class)
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.io.lineup.load.StagedMerge=DEBUG",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + (user.equals("postgres") ? "postgres" : ""),
            "--lineup.data-dir=" + dir,
            "--lineup.drop-root=" + dir.resolve("files"),
            "--lineup.node-name=bench",
            "--db-scheduler.polling-interval=1s",
            "--lineup.import-chunk-size=" + System.getProperty("bench.chunk", "1000"));
  }

  private static TableRequest list(String name) {
    return new TableRequest(
        name,
        TableKind.PROFILE_LIST,
        null,
        null,
        List.of(
            new FieldRequest("FIRST_NAME", FieldType.TEXT, 50),
            new FieldRequest("LAST_NAME", FieldType.TEXT, 50),
            new FieldRequest("AGE", FieldType.INTEGER, null),
            new FieldRequest("SCORE", FieldType.NUMBER, null),
            new FieldRequest("BORN", FieldType.DATE, null)));
  }

  private void generate(Path file, String variant) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", COLUMNS));
      out.write('\n');
      StringBuilder line = new StringBuilder(160);
      for (long i = 0; i < rows; i++) {
        line.setLength(0);
        line.append("user")
            .append(i)
            .append("@example.com,C")
            .append(i)
            .append(',')
            .append(variant)
            .append("first")
            .append(i % 9973)
            .append(',')
            .append(variant)
            .append("last")
            .append(i % 7919)
            .append(",City ")
            .append(i % 499)
            .append(',')
            .append(10000 + i % 89999)
            .append(',')
            .append(i % 2 == 0 ? "GB" : "FR")
            .append(',')
            .append(447700000000L + i)
            .append(',')
            .append(i % 10 == 0 ? "O" : "I")
            .append(',')
            .append(18 + i % 70)
            .append(',')
            .append(i % 1000)
            .append('.')
            .append(i % 100 < 10 ? "0" : "")
            .append(i % 100)
            .append(',')
            .append(1950 + i % 60)
            .append("-0")
            .append(1 + i % 9)
            .append('-')
            .append(10 + i % 18)
            .append('\n');
        out.append(line);
      }
    }
  }

  private static String[] quoted(String[] names) {
    String[] q = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      q[i] = '"' + names[i] + '"';
    }
    return q;
  }
}
