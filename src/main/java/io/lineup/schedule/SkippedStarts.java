package io.lineup.schedule;

import io.lineup.group.Group;
import io.lineup.job.ImportJob;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A scheduled start that did not run is kept in the run history as a SKIPPED run with the reason,
 * so it is never lost silently.
 */
@Repository
class SkippedStarts {

  private final JdbcClient jdbc;

  SkippedStarts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void recordGroup(Group group, Instant due, Instant at, String reason) {
    jdbc.sql(
            """
            INSERT INTO lineup_group_run (group_id, group_name, trigger_type, status,
                cancel_requested, queued_at, finished_at, error)
            VALUES (?, ?, 'SCHEDULE', 'SKIPPED', FALSE, ?, ?, ?)""")
        .params(group.id(), group.name(), utc(due), utc(at), reason)
        .update();
  }

  void recordJob(ImportJob job, Instant due, Instant at, String reason) {
    jdbc.sql(
            """
            INSERT INTO lineup_job_run (job_id, job_name, trigger_type, status, queued_at,
                finished_at, records_processed, records_added, records_updated,
                records_rejected, bytes_read, error)
            VALUES (?, ?, 'SCHEDULE', 'SKIPPED', ?, ?, 0, 0, 0, 0, 0, ?)""")
        .params(job.id(), job.name(), utc(due), utc(at), reason)
        .update();
  }

  private static Object utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
