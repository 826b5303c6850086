package io.lineup.schedule;

import java.time.Instant;

/**
 * When something starts on its own, in the spirit of db-scheduler's {@code Schedule}: given an
 * instant, the first start strictly after it.
 */
public interface StartRule {

  /** The first start strictly after {@code after}, or null when there is none. */
  Instant next(Instant after);

  StartRule NEVER = after -> null;
}
