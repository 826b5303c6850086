package io.lineup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * A start at a local time on every day the predicate accepts: daily, weekly and monthly schedules
 * differ only in which days those are.
 */
record DayRule(LocalTime time, ZoneId zone, Predicate<LocalDate> runsOn) implements StartRule {

  /** Longer than any gap between two accepted days (a month, or a week). */
  private static final int HORIZON_DAYS = 400;

  @Override
  public Instant next(Instant after) {
    LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
      if (runsOn.test(day)) {
        Instant start = LocalStart.of(day, time, zone);
        if (start.isAfter(after)) {
          return start;
        }
      }
    }
    return null;
  }
}
