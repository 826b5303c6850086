package io.lineup.audit;

import static io.lineup.db.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

  /** Filters for the trail; null means any. */
  public record Filter(
      String username, String action, String resourceType, Instant from, Instant to, int limit) {}

  private final JdbcClient jdbc;

  AuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      Instant at,
      String username,
      AuditAction.Described what,
      String method,
      String path,
      int status) {
    jdbc.sql(
            """
            INSERT INTO lineup_audit (at, username, action, resource_type, resource_id, method,
                path, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            at.atOffset(ZoneOffset.UTC),
            username,
            what.action(),
            what.resourceType(),
            what.resourceId(),
            method,
            path,
            status)
        .update();
  }

  public List<AuditEntry> find(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM lineup_audit WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    condition(sql, args, "username = ?", filter.username());
    condition(sql, args, "action = ?", filter.action());
    condition(sql, args, "resource_type = ?", filter.resourceType());
    condition(sql, args, "at >= ?", utc(filter.from()));
    condition(sql, args, "at < ?", utc(filter.to()));
    sql.append(" ORDER BY id DESC LIMIT ?");
    args.add(filter.limit());
    return jdbc.sql(sql.toString()).params(args).query(AuditRepository::entry).list();
  }

  private static void condition(StringBuilder sql, List<Object> args, String test, Object value) {
    if (value != null) {
      sql.append(" AND ").append(test);
      args.add(value);
    }
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("username"),
        rs.getString("action"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        rs.getString("method"),
        rs.getString("path"),
        rs.getInt("status"));
  }
}
