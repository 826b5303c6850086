package io.lineup.schedule;

import io.lineup.group.Schedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The start rule of a saved (valid, minute picked) schedule. */
public final class StartRules {

  private StartRules() {}

  public static StartRule of(Schedule s) {
    if (s == null || s.minute() == null) {
      return StartRule.NEVER;
    }
    LocalTime time = LocalTime.of(s.hour(), s.minute());
    ZoneId zone = ZoneId.of(s.zone());
    return switch (s.type()) {
      case NONE -> StartRule.NEVER;
      case ONCE -> new OnceRule(s.date(), time, zone);
      case DAILY -> new DayRule(time, zone, day -> true);
      case WEEKLY -> {
        Set<java.time.DayOfWeek> days = EnumSet.copyOf(s.daysOfWeek());
        yield new DayRule(time, zone, day -> days.contains(day.getDayOfWeek()));
      }
      case MONTHLY -> {
        int dayOfMonth = s.dayOfMonth();
        yield new DayRule(time, zone, day -> day.getDayOfMonth() == monthDay(day, dayOfMonth));
      }
    };
  }

  /** The day of the month a monthly start falls on: its last day when the month is shorter. */
  static int monthDay(LocalDate inMonth, int dayOfMonth) {
    return Math.min(dayOfMonth, inMonth.lengthOfMonth());
  }
}
