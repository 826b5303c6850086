package io.lineup.notify;

import io.lineup.mail.MailMessage;
import io.lineup.run.Dispatcher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Mail waiting to be sent. A mail is added in the caller's transaction together with its delivery
 * execution, so it exists if and only if what it reports was committed.
 */
@Component
public class Outbox {

  static final String MAIL_DELIVERY = "mail-delivery";

  private final JdbcClient jdbc;
  private final Dispatcher dispatcher;
  private final Clock clock;

  Outbox(JdbcClient jdbc, Dispatcher dispatcher, Clock clock) {
    this.jdbc = jdbc;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Adds the mail unless this run already has one for this address. */
  void add(MailMessage mail, Long groupRunId) {
    if (groupRunId != null && exists(groupRunId, mail.to())) {
      return;
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO lineup_mail_outbox (group_run_id, recipient, from_address, subject,
                text_body, html_body, status, attempts, created_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
        .params(
            groupRunId, mail.to(), mail.from(), mail.subject(), mail.text(), mail.html(), now, now)
        .update(key, "id");
    schedule(key.getKey().longValue());
  }

  public List<OutboxMail> forGroupRun(long groupRunId) {
    return jdbc.sql("SELECT * FROM lineup_mail_outbox WHERE group_run_id = ? ORDER BY id")
        .param(groupRunId)
        .query(this::mail)
        .list();
  }

  Optional<MailMessage> pending(long id) {
    return jdbc.sql("SELECT * FROM lineup_mail_outbox WHERE id = ? AND status = 'PENDING'")
        .param(id)
        .query(
            (rs, row) ->
                new MailMessage(
                    rs.getString("from_address"),
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("text_body"),
                    rs.getString("html_body")))
        .optional();
  }

  int attempts(long id) {
    return jdbc.sql("SELECT attempts FROM lineup_mail_outbox WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  void sent(long id, Instant at) {
    jdbc.sql(
            "UPDATE lineup_mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?"
                + " WHERE id = ? AND status = 'PENDING'")
        .params(at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  void retryAt(long id, String error, Instant next) {
    jdbc.sql(
            "UPDATE lineup_mail_outbox SET attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = ? WHERE id = ? AND status = 'PENDING'")
        .params(error, next.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  void failed(long id, String error) {
    jdbc.sql(
            "UPDATE lineup_mail_outbox SET status = 'FAILED', attempts = attempts + 1,"
                + " last_error = ? WHERE id = ? AND status = 'PENDING'")
        .params(error, id)
        .update();
  }

  private boolean exists(long groupRunId, String recipient) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM lineup_mail_outbox WHERE group_run_id = ? AND recipient = ?")
            .params(groupRunId, recipient)
            .query(Long.class)
            .single()
        > 0;
  }

  private void schedule(long id) {
    dispatcher.now(MAIL_DELIVERY, Long.toString(id));
  }

  private OutboxMail mail(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        rs.getObject("group_run_id", Long.class),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("status"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "next_attempt_at"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
