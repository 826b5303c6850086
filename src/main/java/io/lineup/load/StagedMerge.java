package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.job.Format;
import io.lineup.job.MergeRule;
import io.lineup.job.UpdateOnMatch;
import io.lineup.table.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's way: every accepted record of the file is COPYed into a temporary staging table as
 * it is read, then merged with a few set-based statements at the end of the file.
 *
 * <p>The result is the one of applying the records one by one in file order. A key the file repeats
 * is inserted by its first record and updated by the later ones: before the merge, each repeated
 * key is collapsed to the record that decides it (the last under REPLACE_ALL, with the last
 * non-empty value of each column that keeps its value when empty; the first under NO_UPDATE), and
 * the others are counted or rejected as the rule says. Which keys repeat is known from a Bloom
 * filter kept while reading, so the common file without repeats costs no grouping.
 *
 * <p>When the target is empty when the import starts (a first load, or a supplemental table being
 * replaced) and the rule inserts, a record whose key the file has not shown yet is COPYed straight
 * into the target: nothing there can match it. Only the records whose key may have been seen before
 * go through the staging table, to be merged as above. The caller holds a lock that keeps other
 * writers out of the target until commit.
 */
final class StagedMerge implements Loader, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StagedMerge.class);
  private static final int MAX_DIVERTED = 10_000;

  private final JdbcTemplate jdbc;
  private final StageTable stage;
  private final MergeRule rule;
  private final boolean keyIndexed;
  private final long jobRunId;
  private final Format format;
  private final SeenKeys seen;
  private final boolean direct;
  private final SecondaryIndexes indexes;
  private final List<Held> diverted = new ArrayList<>();
  private CopyRows copy;
  private long seq;
  private long staged;
  private long copiedDirectly;
  private boolean repeats;
  private long started;
  private long remaining;

  /**
   * @param replacing whether the import emptied the table it loads, in its own transaction: its old
   *     rows stay readable until commit, so its indexes stay
   */
  StagedMerge(
      JdbcTemplate jdbc,
      MergePlan plan,
      long jobRunId,
      Format format,
      SeenKeys seen,
      boolean replacing) {
    this.jdbc = jdbc;
    this.rule = plan.rule();
    this.keyIndexed = plan.keyIndexed();
    this.stage = new StageTable(plan, keepsRecords(plan));
    this.jobRunId = jobRunId;
    this.format = format;
    this.seen = seen;
    this.direct =
        plan.profiles() == null
            && rule.insertOnNoMatch()
            && !jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + quote(plan.target().table()) + ")",
                Boolean.class);
    jdbc.execute(stage.create());
    this.indexes = direct && !replacing ? SecondaryIndexes.drop(jdbc, plan.target().table()) : null;
  }

  /** Whether the merge may reject records, and so needs them as read. */
  private static boolean keepsRecords(MergePlan plan) {
    return plan.profiles() != null
        || !plan.rule().insertOnNoMatch()
        || plan.rule().updateOnMatch() == UpdateOnMatch.NO_UPDATE;
  }

  @Override
  public void add(ParsedRecord record) {
    if (started == 0) {
      started = System.nanoTime();
    }
    List<Object> key = new ArrayList<>(stage.lookup().size());
    for (Field field : stage.lookup()) {
      key.add(KeyLookup.normal(record.values().get(field.name())));
    }
    boolean repeated = seen.add(key);
    seq++;
    if (!direct) {
      stageRow(seq, record, repeated);
    } else if (repeated) {
      diverted.add(new Held(seq, record));
    } else {
      if (copy == null) {
        copy = CopyRows.open(jdbc, stage.copyIntoTarget());
      }
      for (Column column : stage.columns()) {
        copy.value(column.valueIn(record.values()));
      }
      copy.endRow();
      copiedDirectly++;
    }
  }

  /** A record held back from a direct COPY, with its place in the file. */
  private record Held(long seq, ParsedRecord record) {}

  private void stageRow(long seq, ParsedRecord record, boolean repeated) {
    if (copy == null) {
      copy = CopyRows.open(jdbc, stage.copyInto());
    }
    repeats |= repeated;
    copy.value(seq).value(repeated);
    if (stage.keepsRecords()) {
      copy.value(record.source().line()).value(CsvLines.line(format, record.source().fields()));
    }
    for (Field field : stage.lookup()) {
      copy.value(record.values().get(field.name()));
    }
    for (Column column : stage.columns()) {
      copy.value(column.value().apply(record.values()));
    }
    copy.endRow();
    staged++;
  }

  /**
   * Keeps the COPY under way going, unless asked to release the connection or holding too many
   * records back. Records held back from a direct COPY are staged then, each flagged as a repeat:
   * the first record of each key is in the target already.
   */
  @Override
  public Loaded flush(boolean release) {
    if (!release && diverted.size() < MAX_DIVERTED) {
      return Loaded.NOTHING;
    }
    endCopy();
    if (!diverted.isEmpty()) {
      for (Held held : diverted) {
        stageRow(held.seq(), held.record(), true);
      }
      diverted.clear();
      endCopy();
    }
    return Loaded.NOTHING;
  }

  private void endCopy() {
    if (copy != null) {
      copy.end();
      copy = null;
    }
  }

  @Override
  public Loaded finish() {
    flush(true);
    log.debug(
        "{}: {} records read in {} ms, {} COPYed straight into it, {} staged",
        stage.target().table(),
        seq,
        (System.nanoTime() - started) / 1_000_000,
        copiedDirectly,
        staged);
    if (indexes != null) {
      timed("build the indexes again", indexes::restore);
    }
    if (staged == 0) {
      return new Loaded(copiedDirectly, 0, 0);
    }
    remaining = staged;
    long rejected = 0;
    if (stage.profiles() != null) {
      timed("find profiles", () -> jdbc.update(stage.findProfiles()));
      rejected += reject(stage.whereNoProfile(), RejectReason.NO_MATCHING_PROFILE);
    }
    if (repeats) {
      rejected += timed("collapse repeated keys", this::collapseRepeats);
    }
    if (keyIndexed) {
      // one index probe per staged record, in file order: the target's pages are read in the
      // order they were written, where a hash join would spill and jump around
      jdbc.execute("SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");
    }
    if (!rule.insertOnNoMatch()) {
      rejected += reject("NOT " + stage.exists(), RejectReason.NO_MATCHING_RECORD);
    }
    boolean replace = rule.updateOnMatch() == UpdateOnMatch.REPLACE_ALL;
    if (!replace) {
      rejected += reject(stage.exists(), RejectReason.NOT_UPDATED_PER_MERGE_RULE);
    }
    boolean allMatched = false;
    if (replace && !stage.target().update().isEmpty()) {
      long matched =
          timed("update", () -> jdbc.queryForObject(stage.updateCountingMatches(), Long.class));
      allMatched = matched == remaining;
    }
    long added = 0;
    if (rule.insertOnNoMatch() && !allMatched) {
      String which = replace ? "NOT " + stage.exists() : "TRUE";
      added = timed("insert", () -> jdbc.update(stage.insert(which), stage.fallbacks()));
    }
    if (keyIndexed) {
      jdbc.execute("SET LOCAL enable_hashjoin = on; SET LOCAL enable_mergejoin = on");
    }
    return new Loaded(copiedDirectly + added, staged - added - rejected, rejected);
  }

  /**
   * Leaves one record per repeated key, the one that decides it; rejects the others when the rule
   * says so. Returns how many were rejected.
   */
  private long collapseRepeats() {
    boolean replace = rule.updateOnMatch() == UpdateOnMatch.REPLACE_ALL;
    jdbc.execute(stage.createRepeats());
    if (replace) {
      stage.keptWhenEmpty().ifPresent(jdbc::update);
    }
    String kept = replace ? "last_" : "first_";
    String counted = replace ? "(r.exists_ OR " + rule.insertOnNoMatch() + ")" : "FALSE";
    String reason = "(r.exists_ OR " + rule.insertOnNoMatch() + ")";
    Rejection notUpdated = Rejection.of(RejectReason.NOT_UPDATED_PER_MERGE_RULE);
    Rejection noMatch = Rejection.of(RejectReason.NO_MATCHING_RECORD);
    long rejected =
        jdbc.update(
            "INSERT INTO lineup_job_run_reject (job_run_id, line_number, reason, record)"
                + " SELECT ?, s.line_, CASE WHEN "
                + reason
                + " THEN ? ELSE ? END, s.record_ || CASE WHEN "
                + reason
                + " THEN ? ELSE ? END FROM "
                + StageTable.NAME
                + " s JOIN lineup_repeat r ON "
                + stage.sameKey("r", "s")
                + " WHERE s.seq_ <> r."
                + kept
                + " AND NOT "
                + counted,
            jobRunId,
            notUpdated.describe(),
            noMatch.describe(),
            suffix(notUpdated),
            suffix(noMatch));
    remaining -=
        jdbc.update(
            "DELETE FROM "
                + StageTable.NAME
                + " s USING lineup_repeat r WHERE "
                + stage.sameKey("r", "s")
                + " AND s.seq_ <> r."
                + kept);
    return rejected;
  }

  /** Moves the staged records that meet {@code condition} to the run's rejects. */
  private long reject(String condition, RejectReason reason) {
    Rejection rejection = Rejection.of(reason);
    long moved =
        timed(
            "reject " + reason,
            () ->
                jdbc.update(
                    "WITH d AS (DELETE FROM "
                        + StageTable.NAME
                        + " s WHERE "
                        + condition
                        + " RETURNING s.line_, s.record_)"
                        + " INSERT INTO lineup_job_run_reject (job_run_id, line_number, reason, record)"
                        + " SELECT ?, line_, ?, record_ || ? FROM d",
                    jobRunId,
                    rejection.describe(),
                    suffix(rejection)));
    remaining -= moved;
    return moved;
  }

  private long timed(String step, LongSupplier work) {
    long start = System.nanoTime();
    long rows = work.getAsLong();
    log.debug(
        "{}: {} took {} ms ({} rows)",
        stage.target().table(),
        step,
        (System.nanoTime() - start) / 1_000_000,
        rows);
    return rows;
  }

  /** The reason as one more field of the record, written in the job's format. */
  private String suffix(Rejection rejection) {
    return CsvLines.line(format, List.of("", rejection.describe()));
  }

  @Override
  public void close() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }
}
