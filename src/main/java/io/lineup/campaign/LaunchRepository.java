package io.lineup.campaign;

import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Launches; their sent and failed counts are counted from the ledger of recipients. */
@Repository
public class LaunchRepository {

  private static final String SELECT =
      """
      SELECT l.*,
          (SELECT COUNT(*) FROM lineup_campaign_recipient r
              WHERE r.launch_id = l.id AND r.status = 'SENT') AS sent,
          (SELECT COUNT(*) FROM lineup_campaign_recipient r
              WHERE r.launch_id = l.id AND r.status = 'FAILED') AS failed
      FROM lineup_campaign_launch l
      """;

  private final JdbcClient jdbc;

  LaunchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long create(
      long campaignId, String name, Trigger trigger, Long groupRunId, Integer ordinal, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_campaign_launch (campaign_id, campaign_name, trigger_type,
                group_run_id, ordinal, status, queued_at)
            VALUES (?, ?, ?, ?, ?, 'QUEUED', ?)""")
        .params(campaignId, name, trigger.name(), groupRunId, ordinal, utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Launch> find(long id) {
    return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(this::launch).optional();
  }

  List<Launch> findByCampaign(long campaignId, int limit) {
    return jdbc.sql(SELECT + " WHERE l.campaign_id = ? ORDER BY l.id DESC LIMIT ?")
        .params(campaignId, limit)
        .query(this::launch)
        .list();
  }

  /** The launches of a group run's post-processing, in launch order. */
  public List<Launch> findByGroupRun(long groupRunId) {
    return jdbc.sql(SELECT + " WHERE l.group_run_id = ? ORDER BY l.ordinal")
        .param(groupRunId)
        .query(this::launch)
        .list();
  }

  Optional<Long> nextQueued(long groupRunId) {
    return jdbc.sql(
            "SELECT id FROM lineup_campaign_launch WHERE group_run_id = ? AND status = 'QUEUED'"
                + " ORDER BY ordinal LIMIT 1")
        .param(groupRunId)
        .query(Long.class)
        .optional();
  }

  void start(long id, Instant at) {
    jdbc.sql(
            "UPDATE lineup_campaign_launch SET status = 'RUNNING', started_at = ?"
                + " WHERE id = ? AND status = 'QUEUED'")
        .params(utc(at), id)
        .update();
  }

  void targeted(long id, long count) {
    jdbc.sql("UPDATE lineup_campaign_launch SET targeted = ? WHERE id = ? AND targeted IS NULL")
        .params(count, id)
        .update();
  }

  /** Ends the launch; false when it had already ended. */
  boolean finish(long id, RunStatus status, String error, Instant at) {
    return jdbc.sql(
                "UPDATE lineup_campaign_launch SET status = ?, error = ?, finished_at = ?"
                    + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
            .params(status.name(), error, utc(at), id)
            .update()
        == 1;
  }

  private Launch launch(ResultSet rs, int row) throws SQLException {
    return new Launch(
        rs.getLong("id"),
        rs.getLong("campaign_id"),
        rs.getString("campaign_name"),
        Trigger.valueOf(rs.getString("trigger_type")),
        rs.getObject("group_run_id", Long.class),
        RunStatus.valueOf(rs.getString("status")),
        rs.getObject("targeted", Long.class),
        rs.getLong("sent"),
        rs.getLong("failed"),
        rs.getString("error"),
        instant(rs, "queued_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
