package io.lineup.schedule;

import io.lineup.group.Group;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A scheduled start that did not run is kept in the group's run history as a SKIPPED run with the
 * reason, so it is never lost silently.
 */
@Repository
class SkippedStarts {

  private final JdbcClient jdbc;

  SkippedStarts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Group group, Instant due, Instant at, String reason) {
    jdbc.sql(
            """
            INSERT INTO lineup_group_run (group_id, group_name, trigger_type, status,
                cancel_requested, queued_at, finished_at, error)
            VALUES (?, ?, 'SCHEDULE', 'SKIPPED', FALSE, ?, ?, ?)""")
        .params(
            group.id(),
            group.name(),
            due.atOffset(ZoneOffset.UTC),
            at.atOffset(ZoneOffset.UTC),
            reason)
        .update();
  }
}
