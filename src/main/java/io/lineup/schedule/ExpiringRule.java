package io.lineup.schedule;

import java.time.Instant;

/** The starts of another rule that come before an expiry; none from then on. */
record ExpiringRule(StartRule rule, Instant expiresAt) implements StartRule {

  @Override
  public Instant next(Instant after) {
    Instant next = rule.next(after);
    return next == null || !next.isBefore(expiresAt) ? null : next;
  }
}
