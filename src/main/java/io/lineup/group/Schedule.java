package io.lineup.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When a group runs on its own. {@code slot} is the quarter of the hour (0 for minutes 0-14 ... 3
 * for 45-59) and {@code minute} the minute Lineup picked inside it.
 */
public record Schedule(
    ScheduleType type,
    LocalDate date,
    List<DayOfWeek> daysOfWeek,
    Integer dayOfMonth,
    Integer hour,
    Integer slot,
    Integer minute,
    String zone) {

  public Schedule {
    type = type == null ? ScheduleType.NONE : type;
    daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
  }

  public static Schedule none() {
    return new Schedule(ScheduleType.NONE, null, null, null, null, null, null, null);
  }
}
