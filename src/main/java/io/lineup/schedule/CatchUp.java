package io.lineup.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do about the starts that came due since {@code due}, the earliest one not yet handled:
 * the latest runs if it is inside the catch-up window, every other one is missed. So a node that
 * was down runs a group once, never once per missed start.
 *
 * @param run the start to run now, or null
 * @param missed the starts that are only recorded, oldest first
 */
record CatchUp(Instant run, List<Instant> missed) {

  /** A bound on the starts looked at: years of minutes-apart starts are not expected. */
  static final int MAX_STARTS = 10_000;

  static CatchUp plan(StartRule rule, Instant due, Instant now, Duration window) {
    List<Instant> starts = new ArrayList<>();
    for (Instant s = due; s != null && !s.isAfter(now) && starts.size() < MAX_STARTS; ) {
      starts.add(s);
      s = rule.next(s);
    }
    if (starts.isEmpty()) {
      return new CatchUp(null, List.of());
    }
    Instant latest = starts.get(starts.size() - 1);
    if (latest.isBefore(now.minus(window))) {
      return new CatchUp(null, List.copyOf(starts));
    }
    return new CatchUp(latest, List.copyOf(starts.subList(0, starts.size() - 1)));
  }
}
