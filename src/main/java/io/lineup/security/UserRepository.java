package io.lineup.security;

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

@Repository
class UserRepository {

  /** A user with the hash of their password, for authentication only. */
  record Credentials(AppUser user, String passwordHash) {}

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String username, String passwordHash, Role role, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO lineup_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
        .params(username, passwordHash, role.name(), at.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Credentials> credentials(String username) {
    return jdbc.sql("SELECT * FROM lineup_user WHERE username = ?")
        .param(username)
        .query((rs, row) -> new Credentials(user(rs, row), rs.getString("password_hash")))
        .optional();
  }

  Optional<AppUser> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_user WHERE id = ?")
        .param(id)
        .query(this::user)
        .optional();
  }

  List<AppUser> findAll() {
    return jdbc.sql("SELECT * FROM lineup_user ORDER BY id").query(this::user).list();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM lineup_user").query(Long.class).single();
  }

  void update(long id, String passwordHash, Role role) {
    jdbc.sql(
            "UPDATE lineup_user SET password_hash = COALESCE(?, password_hash), role = ? WHERE id = ?")
        .params(passwordHash, role.name(), id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM lineup_user WHERE id = ?").param(id).update();
  }

  private AppUser user(ResultSet rs, int row) throws SQLException {
    return new AppUser(
        rs.getLong("id"),
        rs.getString("username"),
        Role.valueOf(rs.getString("role")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
