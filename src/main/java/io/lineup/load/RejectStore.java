package io.lineup.load;

import io.lineup.job.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rejected records of each run, kept in the database so that any node can serve them: each
 * record as read, in the job's format, with its reason as one more column. Line 0 holds the file's
 * header, when it has one.
 */
@Repository
public class RejectStore {

  static final String REASON_COLUMN = "REJECT_REASON";

  private final JdbcTemplate jdbc;

  RejectStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void header(long jobRunId, Format format, List<String> header) {
    jdbc.update(
        "INSERT INTO lineup_job_run_reject (job_run_id, line_number, reason, record) VALUES (?, 0, ?, ?)",
        jobRunId,
        REASON_COLUMN,
        CsvLines.line(format, withReason(header, REASON_COLUMN)));
  }

  void add(long jobRunId, Format format, List<RejectedRecord> rejected) {
    if (rejected.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO lineup_job_run_reject (job_run_id, line_number, reason, record) VALUES (?, ?, ?, ?)",
        rejected,
        rejected.size(),
        (ps, r) -> {
          ps.setLong(1, jobRunId);
          ps.setLong(2, r.source().line());
          ps.setString(3, r.rejection().describe());
          ps.setString(
              4, CsvLines.line(format, withReason(r.source().fields(), r.rejection().describe())));
        });
  }

  private static List<String> withReason(List<String> fields, String reason) {
    List<String> line = new ArrayList<>(fields);
    line.add(reason);
    return line;
  }

  /** Writes the run's rejected records as CSV, in file order: each record plus its reason. */
  public void write(long jobRunId, Writer out) {
    jdbc.query(
        "SELECT record FROM lineup_job_run_reject WHERE job_run_id = ? ORDER BY line_number",
        rs -> {
          try {
            out.write(rs.getString("record"));
            out.write("\r\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        jobRunId);
  }
}
