package io.lineup.load;

import io.lineup.job.Format;
import io.lineup.job.MergeRule;
import io.lineup.job.UpdateOnMatch;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based statements that merge a filled staging table into its target, as if its records
 * were applied one by one in file order. Rejected records are moved from the staging table to the
 * run's rejects by the statements themselves.
 */
final class SetMerge {

  // one logger for the whole PostgreSQL import: turning it on shows every step
  private static final Logger log = LoggerFactory.getLogger(StagedMerge.class);

  private final JdbcTemplate jdbc;
  private final StageTable stage;
  private final MergeRule rule;
  private final boolean keyIndexed;
  private final long jobRunId;
  private final Format format;
  private long remaining;

  SetMerge(JdbcTemplate jdbc, StageTable stage, MergePlan plan, long jobRunId, Format format) {
    this.jdbc = jdbc;
    this.stage = stage;
    this.rule = plan.rule();
    this.keyIndexed = plan.keyIndexed();
    this.jobRunId = jobRunId;
    this.format = format;
  }

  /**
   * @param staged the records in the staging table
   * @param repeats whether some of them may share a key
   */
  Loader.Loaded run(long staged, boolean repeats) {
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
    return new Loader.Loaded(added, staged - added - rejected, rejected);
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
}
