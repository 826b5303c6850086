package io.lineup.group;

import static io.lineup.db.Timestamps.instant;
import static io.lineup.db.Timestamps.utc;

import io.lineup.run.IllegalRunTransitionException;
import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Group runs and their steps. Status changes are guarded by {@link RunStatus}'s table. */
@Repository
public class GroupRunRepository {

  /** One job of the group, as the run will remember it. */
  public record PlannedStep(long jobId, String jobName) {}

  private final JdbcClient jdbc;

  GroupRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long create(Group group, List<PlannedStep> steps, Trigger trigger, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_group_run (group_id, group_name, trigger_type, status,
                cancel_requested, queued_at)
            VALUES (?, ?, ?, 'QUEUED', FALSE, ?)""")
        .params(group.id(), group.name(), trigger.name(), utc(at))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (int i = 0; i < steps.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO lineup_group_run_step (group_run_id, ordinal, job_id, job_name, status)
              VALUES (?, ?, ?, ?, 'QUEUED')""")
          .params(id, i, steps.get(i).jobId(), steps.get(i).jobName())
          .update();
    }
    return id;
  }

  /**
   * The run, then its steps: a run and its last step end in one transaction, so a run read as ended
   * always comes with its steps ended (read the other way round, a step could still show RUNNING
   * under an ended run).
   */
  public Optional<GroupRun> find(long id) {
    Optional<GroupRun> run =
        jdbc.sql("SELECT * FROM lineup_group_run WHERE id = ?")
            .param(id)
            .query((rs, row) -> run(rs, List.of()))
            .optional();
    return run.map(r -> r.withSteps(steps(id)));
  }

  public List<GroupRun> findByGroup(long groupId, int limit) {
    return jdbc
        .sql("SELECT id FROM lineup_group_run WHERE group_id = ? ORDER BY id DESC LIMIT ?")
        .params(groupId, limit)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }

  public boolean cancelRequested(long id) {
    return jdbc.sql("SELECT cancel_requested FROM lineup_group_run WHERE id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  public void requestCancel(long id) {
    jdbc.sql("UPDATE lineup_group_run SET cancel_requested = TRUE WHERE id = ?").param(id).update();
  }

  public void start(long id, Instant at) {
    move("lineup_group_run", "id = :id", id, RunStatus.RUNNING, "started_at = :at", at, null);
  }

  /** Ends the run; {@code error} says why it did not succeed. */
  public void finish(long id, RunStatus status, String error, Instant at) {
    move(
        "lineup_group_run", "id = :id", id, status, "finished_at = :at, error = :error", at, error);
  }

  public void startStep(long runId, int position, long jobRunId) {
    jdbc.sql(
            "UPDATE lineup_group_run_step SET status = 'RUNNING', job_run_id = ?"
                + " WHERE group_run_id = ? AND ordinal = ? AND status IN ('QUEUED', 'RUNNING')")
        .params(jobRunId, runId, position)
        .update();
  }

  public void endStep(long runId, int position, RunStatus status) {
    move(
        "lineup_group_run_step",
        "group_run_id = :id AND ordinal = " + position,
        runId,
        status,
        null,
        null,
        null);
  }

  /** Marks every step after {@code position} that has not run as SKIPPED. */
  public void skipAfter(long runId, int position) {
    jdbc.sql(
            "UPDATE lineup_group_run_step SET status = 'SKIPPED'"
                + " WHERE group_run_id = ? AND ordinal > ? AND status = 'QUEUED'")
        .params(runId, position)
        .update();
  }

  private void move(
      String table, String where, long id, RunStatus to, String set, Instant at, String error) {
    List<String> from = RunStatus.from(to).stream().map(Enum::name).toList();
    var sql =
        jdbc.sql(
                "UPDATE "
                    + table
                    + " SET status = :to"
                    + (set == null ? "" : ", " + set)
                    + " WHERE "
                    + where
                    + " AND status IN (:from)")
            .param("to", to.name())
            .param("id", id)
            .param("from", from);
    if (set != null && set.contains(":at")) {
      sql = sql.param("at", utc(at));
    }
    if (set != null && set.contains(":error")) {
      sql = sql.param("error", error);
    }
    if (sql.update() != 1) {
      throw new IllegalRunTransitionException(null, to);
    }
  }

  private List<GroupRunStep> steps(long runId) {
    return jdbc.sql("SELECT * FROM lineup_group_run_step WHERE group_run_id = ? ORDER BY ordinal")
        .param(runId)
        .query(
            (rs, row) ->
                new GroupRunStep(
                    rs.getInt("ordinal"),
                    rs.getLong("job_id"),
                    rs.getString("job_name"),
                    RunStatus.valueOf(rs.getString("status")),
                    rs.getObject("job_run_id", Long.class)))
        .list();
  }

  private static GroupRun run(ResultSet rs, List<GroupRunStep> steps) throws SQLException {
    return new GroupRun(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getString("group_name"),
        Trigger.valueOf(rs.getString("trigger_type")),
        RunStatus.valueOf(rs.getString("status")),
        rs.getBoolean("cancel_requested"),
        instant(rs, "queued_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("error"),
        steps);
  }
}
