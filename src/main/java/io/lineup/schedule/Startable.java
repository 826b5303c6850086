package io.lineup.schedule;

import java.time.Instant;

/** A group or a standalone job that runs on its own schedule right now. */
interface Startable {

  /** Its starts; only starts before an expiry, if it has one. */
  StartRule rule();

  /** Starts a run; throws a {@link io.lineup.common.LineupException} when the run is refused. */
  void start();

  /** Keeps a start that did not run in the history, as a SKIPPED run with the reason. */
  void recordSkipped(Instant due, Instant at, String reason);
}
