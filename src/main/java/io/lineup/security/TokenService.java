package io.lineup.security;

import static io.lineup.db.Timestamps.instant;
import static io.lineup.db.Timestamps.utc;

import io.lineup.common.Errors;
import io.lineup.common.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: random, shown once, stored as their SHA-256 (a token is long and random, so
 * a fast hash is enough, unlike a password). Revoked tokens stop working at once.
 */
@Service
public class TokenService {

  static final String PREFIX = "lnp_";

  /**
   * {@code last_used_at} is written at most once a minute per token, so that a busy script does not
   * turn every request into a write.
   */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  TokenService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public NewApiToken create(String username, String name) {
    Errors errors = new Errors();
    errors.require(
        name != null && !name.isBlank() && name.length() <= 100, "name", "1 to 100 characters");
    errors.throwIfAny();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_api_token (user_id, name, token_hash, created_at)
            SELECT id, ?, ?, ? FROM lineup_user WHERE username = ?""")
        .params(name, hash(token), utc(clock.instant()), username)
        .update(key, "id");
    return new NewApiToken(find(username, key.getKey().longValue()).orElseThrow(), token);
  }

  public List<ApiToken> list(String username) {
    return jdbc.sql(
            "SELECT t.* FROM lineup_api_token t JOIN lineup_user u ON u.id = t.user_id"
                + " WHERE u.username = ? ORDER BY t.id")
        .param(username)
        .query(this::token)
        .list();
  }

  /** Revokes one of {@code username}'s own tokens. */
  public void revoke(String username, long id) {
    find(username, id).orElseThrow(() -> new NotFoundException("Token", id));
    jdbc.sql("UPDATE lineup_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .params(utc(clock.instant()), id)
        .update();
  }

  /** The username a live token belongs to. */
  Optional<String> authenticate(String token) {
    if (!token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<Use> use =
        jdbc.sql(
                "SELECT u.username, t.last_used_at FROM lineup_api_token t"
                    + " JOIN lineup_user u ON u.id = t.user_id"
                    + " WHERE t.token_hash = ? AND t.revoked_at IS NULL")
            .param(hash)
            .query((rs, row) -> new Use(rs.getString("username"), instant(rs, "last_used_at")))
            .optional();
    Instant now = clock.instant();
    use.filter(u -> u.lastUsed() == null || u.lastUsed().isBefore(now.minus(LAST_USED_PRECISION)))
        .ifPresent(
            u ->
                jdbc.sql("UPDATE lineup_api_token SET last_used_at = ? WHERE token_hash = ?")
                    .params(utc(now), hash)
                    .update());
    return use.map(Use::username);
  }

  /** Who a token belongs to and when it was last used. */
  private record Use(String username, Instant lastUsed) {}

  private Optional<ApiToken> find(String username, long id) {
    return jdbc.sql(
            "SELECT t.* FROM lineup_api_token t JOIN lineup_user u ON u.id = t.user_id"
                + " WHERE u.username = ? AND t.id = ?")
        .params(username, id)
        .query(this::token)
        .optional();
  }

  private ApiToken token(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("name"),
        instant(rs, "created_at"),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
