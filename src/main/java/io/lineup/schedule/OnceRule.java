package io.lineup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** One start, on a date. */
record OnceRule(LocalDate date, LocalTime time, ZoneId zone) implements StartRule {

  @Override
  public Instant next(Instant after) {
    Instant start = LocalStart.of(date, time, zone);
    return start.isAfter(after) ? start : null;
  }
}
