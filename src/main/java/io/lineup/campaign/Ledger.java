package io.lineup.campaign;

import io.lineup.common.Identifier;
import io.lineup.table.SystemFields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recipients of a launch, one row each: PENDING, then SENDING while the message is handed to
 * the SMTP server, then SENT or FAILED. A row left SENDING by a node that died may or may not have
 * been sent, so it is never sent again: it is counted as failed instead.
 */
@Component
class Ledger {

  record Recipient(long riid, String address, int attempts) {}

  static final String INTERRUPTED =
      "Interrupted while sending: not sent again, to avoid a duplicate";

  private final JdbcClient jdbc;

  Ledger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Lists the list's opted-in members with an address; returns how many. */
  long drawUp(long launchId, String profileList) {
    String riid = Identifier.quote(SystemFields.RIID);
    String email = Identifier.quote(SystemFields.EMAIL);
    return jdbc.sql(
            "INSERT INTO lineup_campaign_recipient (launch_id, riid, address, status, attempts)"
                + " SELECT ?, "
                + riid
                + ", "
                + email
                + ", 'PENDING', 0 FROM "
                + Identifier.quote(profileList)
                + " WHERE "
                + Identifier.quote(SystemFields.EMAIL_PERMISSION)
                + " = 'I' AND "
                + email
                + " IS NOT NULL AND "
                + email
                + " <> ''")
        .param(launchId)
        .update();
  }

  void failInterrupted(long launchId) {
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'FAILED', error = ?"
                + " WHERE launch_id = ? AND status = 'SENDING'")
        .params(INTERRUPTED, launchId)
        .update();
  }

  List<Recipient> pending(long launchId, int limit) {
    return jdbc.sql(
            "SELECT riid, address, attempts FROM lineup_campaign_recipient"
                + " WHERE launch_id = ? AND status = 'PENDING' ORDER BY riid LIMIT ?")
        .params(launchId, limit)
        .query(Recipient.class)
        .list();
  }

  boolean hasPending(long launchId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM lineup_campaign_recipient WHERE launch_id = ? AND status = 'PENDING'")
            .param(launchId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Marks the recipient SENDING; false when another execution already took it. */
  boolean claim(long launchId, long riid) {
    return jdbc.sql(
                "UPDATE lineup_campaign_recipient SET status = 'SENDING'"
                    + " WHERE launch_id = ? AND riid = ? AND status = 'PENDING'")
            .params(launchId, riid)
            .update()
        == 1;
  }

  void sent(long launchId, long riid, Instant at) {
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'SENT', sent_at = ?"
                + " WHERE launch_id = ? AND riid = ? AND status = 'SENDING'")
        .params(at.atOffset(ZoneOffset.UTC), launchId, riid)
        .update();
  }

  /** The SMTP server refused the message, so it was not sent: it may be tried again. */
  void retryLater(long launchId, long riid, String error) {
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'PENDING', attempts = attempts + 1,"
                + " error = ? WHERE launch_id = ? AND riid = ? AND status = 'SENDING'")
        .params(error, launchId, riid)
        .update();
  }

  void failed(long launchId, long riid, String error) {
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'FAILED', attempts = attempts + 1,"
                + " error = ? WHERE launch_id = ? AND riid = ? AND status IN ('PENDING', 'SENDING')")
        .params(error, launchId, riid)
        .update();
  }

  /** Gives up on every recipient not yet sent to. */
  void failPending(long launchId, String error) {
    jdbc.sql(
            "UPDATE lineup_campaign_recipient SET status = 'FAILED', error = ?"
                + " WHERE launch_id = ? AND status = 'PENDING'")
        .params(error, launchId)
        .update();
  }
}
