package io.lineup.campaign;

import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When a campaign launches on its own: the same shape as a group's schedule. It is stored and
 * checked here; starting launches from it belongs to the schedule engine.
 */
public record AutomaticLaunch(
    ScheduleType type,
    LocalDate date,
    List<DayOfWeek> daysOfWeek,
    Integer dayOfMonth,
    Integer hour,
    Integer slot,
    String zone) {

  public AutomaticLaunch {
    type = type == null ? ScheduleType.NONE : type;
    daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
  }

  public static AutomaticLaunch none() {
    return new AutomaticLaunch(ScheduleType.NONE, null, null, null, null, null, null);
  }

  public boolean isSet() {
    return type != ScheduleType.NONE;
  }
}
