package io.lineup.connection;

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

/** Saved connections; the secret column holds only sealed text. */
@Repository
class ConnectionRepository {

  /** A row: the view and the sealed secret. */
  record Row(Connection connection, String sealedSecret) {}

  private final JdbcClient jdbc;

  ConnectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Connection c, String sealed, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_connection (name, host, port, username, auth, secret, host_key,
                connect_timeout_ms, read_timeout_ms, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.name(),
            c.host(),
            c.port(),
            c.username(),
            c.auth().name(),
            sealed,
            c.hostKey(),
            c.connectTimeoutSeconds() * 1000L,
            c.readTimeoutSeconds() * 1000L,
            at.atOffset(ZoneOffset.UTC),
            at.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void update(long id, Connection c, String sealed, Instant at) {
    jdbc.sql(
            """
            UPDATE lineup_connection SET name = ?, host = ?, port = ?, username = ?, auth = ?,
                secret = ?, host_key = ?, connect_timeout_ms = ?, read_timeout_ms = ?,
                updated_at = ?
            WHERE id = ?""")
        .params(
            c.name(),
            c.host(),
            c.port(),
            c.username(),
            c.auth().name(),
            sealed,
            c.hostKey(),
            c.connectTimeoutSeconds() * 1000L,
            c.readTimeoutSeconds() * 1000L,
            at.atOffset(ZoneOffset.UTC),
            id)
        .update();
  }

  void pinHostKey(long id, String hostKey) {
    jdbc.sql("UPDATE lineup_connection SET host_key = ? WHERE id = ? AND host_key IS NULL")
        .params(hostKey, id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM lineup_connection WHERE id = ?").param(id).update();
  }

  Optional<Row> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_connection WHERE id = ?")
        .param(id)
        .query(ConnectionRepository::row)
        .optional();
  }

  List<Connection> findAll() {
    return jdbc
        .sql("SELECT * FROM lineup_connection ORDER BY id")
        .query(ConnectionRepository::row)
        .list()
        .stream()
        .map(Row::connection)
        .toList();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        new Connection(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("host"),
            rs.getInt("port"),
            rs.getString("username"),
            Auth.valueOf(rs.getString("auth")),
            rs.getString("host_key"),
            (int) (rs.getLong("connect_timeout_ms") / 1000),
            (int) (rs.getLong("read_timeout_ms") / 1000),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant()),
        rs.getString("secret"));
  }
}
