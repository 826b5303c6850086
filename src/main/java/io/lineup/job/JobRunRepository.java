package io.lineup.job;

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

/** Job runs. Every status change is guarded by {@link RunStatus}'s table of allowed moves. */
@Repository
public class JobRunRepository {

  private final JdbcClient jdbc;

  JobRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long create(ImportJob job, Trigger trigger, Long groupRunId, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_job_run (job_id, job_name, group_run_id, trigger_type, status,
                queued_at, records_processed, records_added, records_updated, records_rejected,
                bytes_read)
            VALUES (?, ?, ?, ?, 'QUEUED', ?, 0, 0, 0, 0, 0)""")
        .params(job.id(), job.name(), groupRunId, trigger.name(), utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<JobRun> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_job_run WHERE id = ?")
        .param(id)
        .query(this::run)
        .optional();
  }

  public List<JobRun> findByJob(long jobId, int limit) {
    return jdbc.sql("SELECT * FROM lineup_job_run WHERE job_id = ? ORDER BY id DESC LIMIT ?")
        .params(jobId, limit)
        .query(this::run)
        .list();
  }

  public boolean hasUnfinished(long jobId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM lineup_job_run WHERE job_id = ? AND status IN ('QUEUED', 'RUNNING')")
            .param(jobId)
            .query(Long.class)
            .single()
        > 0;
  }

  public void start(long id, Instant at) {
    move(id, RunStatus.RUNNING, "started_at = :at", at);
  }

  public void progress(long id, long processed, long bytesRead, long bytesTotal) {
    jdbc.sql(
            "UPDATE lineup_job_run SET records_processed = ?, bytes_read = ?, bytes_total = ?"
                + " WHERE id = ? AND status = 'RUNNING'")
        .params(processed, bytesRead, bytesTotal, id)
        .update();
  }

  public void succeed(
      long id, long processed, long added, long updated, long rejected, Instant at) {
    jdbc.sql(
            """
            UPDATE lineup_job_run SET status = 'SUCCEEDED', finished_at = ?, records_processed = ?,
                records_added = ?, records_updated = ?, records_rejected = ?,
                bytes_read = COALESCE(bytes_total, bytes_read)
            WHERE id = ? AND status = 'RUNNING'""")
        .params(utc(at), processed, added, updated, rejected, id)
        .update();
  }

  /** Ends a run that did not succeed. Its counts go back to zero: nothing it did was kept. */
  public void end(long id, RunStatus status, String error, Instant at) {
    move(
        id,
        status,
        "finished_at = :at, error = :error, records_added = 0, records_updated = 0,"
            + " records_rejected = 0",
        at,
        error);
  }

  private void move(long id, RunStatus to, String set, Instant at) {
    move(id, to, set, at, null);
  }

  private void move(long id, RunStatus to, String set, Instant at, String error) {
    List<String> from = RunStatus.from(to).stream().map(Enum::name).toList();
    var sql =
        jdbc.sql(
                "UPDATE lineup_job_run SET status = :to, "
                    + set
                    + " WHERE id = :id AND status IN (:from)")
            .param("to", to.name())
            .param("id", id)
            .param("from", from)
            .param("at", utc(at));
    if (set.contains(":error")) {
      sql = sql.param("error", error);
    }
    if (sql.update() != 1) {
      RunStatus current = find(id).map(JobRun::status).orElse(null);
      throw new IllegalRunTransitionException(current, to);
    }
  }

  private JobRun run(ResultSet rs, int row) throws SQLException {
    return new JobRun(
        rs.getLong("id"),
        rs.getLong("job_id"),
        rs.getString("job_name"),
        rs.getObject("group_run_id", Long.class),
        Trigger.valueOf(rs.getString("trigger_type")),
        RunStatus.valueOf(rs.getString("status")),
        instant(rs, "queued_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getLong("records_processed"),
        rs.getLong("records_added"),
        rs.getLong("records_updated"),
        rs.getLong("records_rejected"),
        rs.getLong("bytes_read"),
        rs.getObject("bytes_total", Long.class),
        rs.getString("error"));
  }
}
