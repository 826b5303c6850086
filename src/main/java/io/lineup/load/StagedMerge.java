package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.job.Format;
import io.lineup.job.UpdateOnMatch;
import io.lineup.table.Field;
import java.util.ArrayList;
import java.util.List;
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
  private final Format format;
  private final SetMerge merge;
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
    this.stage = new StageTable(plan, keepsRecords(plan));
    this.format = format;
    this.merge = new SetMerge(jdbc, stage, plan, jobRunId, format);
    this.seen = seen;
    this.direct =
        plan.profiles() == null
            && plan.rule().insertOnNoMatch()
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
        copy = CopyRows.open(jdbc, quote(stage.target().table()), stage.targetColumns());
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
      copy = CopyRows.open(jdbc, StageTable.NAME, stage.copyColumns());
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
      long start = System.nanoTime();
      indexes.restore();
      log.debug(
          "{}: indexes built again in {} ms",
          stage.target().table(),
          (System.nanoTime() - start) / 1_000_000);
    }
    if (staged == 0) {
      return new Loaded(copiedDirectly, 0, 0);
    }
    Loaded merged = merge.run(staged, repeats);
    return new Loaded(copiedDirectly + merged.added(), merged.updated(), merged.rejected());
  }

  @Override
  public void close() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }
}
