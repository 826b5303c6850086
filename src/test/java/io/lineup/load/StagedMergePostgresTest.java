package io.lineup.load;

import static io.lineup.support.TestData.aPet;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.ColumnMapping;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobStatus;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.job.UpdateOnMatch;
import io.lineup.support.IntegrationTest;
import io.lineup.support.OnPostgres;
import io.lineup.table.Field;
import io.lineup.table.SystemFields;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import io.lineup.table.TableService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL merges a whole file with set-based statements; H2 merges it chunk by chunk, record by
 * record. Both must give the same table, counts and rejects. This test feeds the same random files
 * (few keys, so many repeat; empty permissions; every merge rule) to both on PostgreSQL and
 * compares, with a Bloom filter so small that most keys look repeated when they are not.
 */
@OnPostgres
class StagedMergePostgresTest extends IntegrationTest {

  private static final List<String> EMAILS =
      List.of("a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io", "f@x.io");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 0);

  @Autowired private TableService tables;
  @Autowired private JdbcTemplate template;
  @Autowired private TransactionTemplate transaction;
  @Autowired private RejectStore rejectStore;

  @Test
  void aWholeFileMergedAtOnceEqualsTheFileAppliedRecordByRecord() {
    Random random = new Random(20261125);
    for (int round = 0; round < 40; round++) {
      MergeRule rule =
          new MergeRule(
              random.nextBoolean(),
              random.nextBoolean() ? UpdateOnMatch.REPLACE_ALL : UpdateOnMatch.NO_UPDATE,
              random.nextBoolean() ? PermissionStatus.OPTIN : PermissionStatus.OPTOUT);
      List<ParsedRecord> before = records(random, random.nextInt(5));
      List<ParsedRecord> file = records(random, 1 + random.nextInt(14));
      String describe = "round " + round + ", " + rule + ", file " + file;

      TableDefinition chunked = list(rule, before);
      TableDefinition staged = list(rule, before);
      Outcome byRecord = chunked(chunked, rule, file, 1 + random.nextInt(4));
      Outcome atOnce = staged(staged, null, rule, file, random);

      assertThat(atOnce.loaded()).as(describe).isEqualTo(byRecord.loaded());
      assertThat(atOnce.rejects()).as(describe).isEqualTo(byRecord.rejects());
      assertThat(rows(staged)).as(describe).isEqualTo(rows(chunked));
      assertThat(indexes(staged)).as(describe).hasSize(4).isEqualTo(indexes(chunked));
    }
  }

  /** The table's indexes, each by what it indexes. */
  private List<String> indexes(TableDefinition table) {
    return template.queryForList(
        "SELECT regexp_replace(indexdef, '^.* USING ', '') FROM pg_indexes WHERE tablename = ?"
            + " ORDER BY 1",
        String.class,
        table.name());
  }

  @Test
  void aPetFindsEachRecordsProfileTheSameWayWhenMergedAtOnce() {
    Random random = new Random(7);
    String profiles = unique("PROFILES");
    tables.create(aProfileList(profiles, text("FIRST_NAME", 20)));
    TableDefinition list = tables.get(profiles);
    MergeRule upsert = MergeRule.upsert();
    chunked(list, upsert, records(random, 8).subList(0, 4), 10);
    for (int round = 0; round < 20; round++) {
      MergeRule rule =
          new MergeRule(
              random.nextBoolean(),
              random.nextBoolean() ? UpdateOnMatch.REPLACE_ALL : UpdateOnMatch.NO_UPDATE,
              PermissionStatus.OPTIN);
      List<ParsedRecord> before = records(random, 1 + random.nextInt(4));
      List<ParsedRecord> file = records(random, 1 + random.nextInt(12));
      String describe = "round " + round + ", " + rule + ", file " + file;

      TableDefinition chunked = pet(list, before);
      TableDefinition staged = pet(list, before);
      Outcome byRecord = chunked(chunked, list, rule, file, 1 + random.nextInt(4));
      Outcome atOnce = staged(staged, list, rule, file, random);

      assertThat(atOnce.loaded()).as(describe).isEqualTo(byRecord.loaded());
      assertThat(atOnce.rejects()).as(describe).isEqualTo(byRecord.rejects());
      assertThat(rows(staged)).as(describe).isEqualTo(rows(chunked));
    }
  }

  private record Outcome(Loader.Loaded loaded, List<String> rejects) {}

  private TableDefinition list(MergeRule rule, List<ParsedRecord> before) {
    String name = unique("STAGED");
    tables.create(aProfileList(name, text("FIRST_NAME", 20)));
    TableDefinition table = tables.get(name);
    chunked(table, MergeRule.upsert(), before, 10);
    return table;
  }

  private TableDefinition pet(TableDefinition list, List<ParsedRecord> before) {
    String name = unique("PET");
    tables.create(aPet(name, list.name(), text("FIRST_NAME", 20)));
    TableDefinition table = tables.get(name);
    chunked(table, list, MergeRule.upsert(), before, 10);
    return table;
  }

  private Outcome chunked(
      TableDefinition table, MergeRule rule, List<ParsedRecord> file, int chunkSize) {
    return chunked(table, null, rule, file, chunkSize);
  }

  private Outcome chunked(
      TableDefinition table,
      TableDefinition profileList,
      MergeRule rule,
      List<ParsedRecord> file,
      int chunkSize) {
    Merger merger = MergerFactory.chunked(template, plan(table, profileList, rule));
    return transaction.execute(
        tx -> {
          long added = 0;
          long updated = 0;
          List<String> rejected = new ArrayList<>();
          for (int from = 0; from < file.size(); from += chunkSize) {
            ChunkResult result =
                merger.merge(file.subList(from, Math.min(file.size(), from + chunkSize)));
            added += result.added();
            updated += result.updated();
            result.rejected().stream()
                .map(
                    r -> {
                      List<String> line = new ArrayList<>(r.source().fields());
                      line.add(r.rejection().describe());
                      return r.source().line() + " " + CsvLines.line(Format.csv(), line);
                    })
                .forEach(rejected::add);
          }
          rejected.sort(null);
          return new Outcome(new Loader.Loaded(added, updated, rejected.size()), rejected);
        });
  }

  private Outcome staged(
      TableDefinition table,
      TableDefinition profileList,
      MergeRule rule,
      List<ParsedRecord> file,
      Random random) {
    long run = aJobRun();
    Loader.Loaded loaded =
        transaction.execute(
            tx -> {
              try (StagedMerge merge =
                  new StagedMerge(
                      template,
                      plan(table, profileList, rule),
                      run,
                      Format.csv(),
                      new SeenKeys(6),
                      false)) {
                for (int i = 0; i < file.size(); i++) {
                  merge.add(file.get(i));
                  if (i % 3 == 2) {
                    merge.flush(random.nextBoolean());
                  }
                }
                return merge.finish();
              }
            });
    List<String> rejects =
        template.queryForList(
            "SELECT line_number || ' ' || record FROM lineup_job_run_reject WHERE job_run_id = ?"
                + " ORDER BY 1",
            String.class,
            run);
    return new Outcome(loaded, rejects.stream().sorted().toList());
  }

  private static MergePlan plan(
      TableDefinition table, TableDefinition profileList, MergeRule rule) {
    List<Field> mapped = new ArrayList<>();
    for (String name : List.of(SystemFields.EMAIL, SystemFields.EMAIL_PERMISSION, "FIRST_NAME")) {
      mapped.add(
          table
              .field(name)
              .or(() -> profileList == null ? java.util.Optional.empty() : profileList.field(name))
              .orElseThrow());
    }
    if (profileList != null) {
      mapped.remove(1);
    }
    return MergerFactory.plan(job(table, rule), table, profileList, mapped, NOW);
  }

  private static ImportJob job(TableDefinition table, MergeRule rule) {
    return new ImportJob(
        1L,
        "staged",
        null,
        table.name(),
        JobStatus.ACTIVE,
        new Source(SourceType.LOCAL, "f.csv", null, false, false),
        Format.csv(),
        List.of(
            new ColumnMapping("email", SystemFields.EMAIL),
            new ColumnMapping("permission", SystemFields.EMAIL_PERMISSION),
            new ColumnMapping("first", "FIRST_NAME")),
        List.of(SystemFields.EMAIL),
        rule,
        true,
        Instant.EPOCH,
        Instant.EPOCH);
  }

  /** Records over few keys, so that keys repeat; some permissions and names left empty. */
  private static List<ParsedRecord> records(Random random, int count) {
    List<ParsedRecord> records = new ArrayList<>();
    for (int line = 1; line <= count; line++) {
      String email = EMAILS.get(random.nextInt(EMAILS.size()));
      String permission = List.of("I", "O", "").get(random.nextInt(3));
      String first = random.nextInt(4) == 0 ? "" : "N" + random.nextInt(100);
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(SystemFields.EMAIL, email);
      values.put(SystemFields.EMAIL_PERMISSION, permission.isEmpty() ? null : permission);
      values.put("FIRST_NAME", first.isEmpty() ? null : first);
      records.add(
          new ParsedRecord(new SourceRecord(line, List.of(email, permission, first)), values));
    }
    return records;
  }

  private long aJobRun() {
    return template.queryForObject(
        "INSERT INTO lineup_job_run (job_id, job_name, trigger_type, status, queued_at,"
            + " records_processed, records_added, records_updated, records_rejected, bytes_read)"
            + " VALUES (0, 'staged', 'API', 'RUNNING', now(), 0, 0, 0, 0, 0) RETURNING id",
        Long.class);
  }

  /**
   * Every row of the table, sorted. A profile list's rows leave out RIID_: the two ways may number
   * new profiles in another order.
   */
  private List<String> rows(TableDefinition table) {
    String columns =
        table.fields().stream()
            .filter(f -> table.kind() != TableKind.PROFILE_LIST || !f.name().equals("RIID_"))
            .map(f -> "COALESCE(CAST(\"" + f.name() + "\" AS VARCHAR), '-')")
            .collect(Collectors.joining(" || '|' || "));
    return template
        .queryForList("SELECT " + columns + " FROM \"" + table.name() + "\"", String.class)
        .stream()
        .sorted()
        .toList();
  }
}
