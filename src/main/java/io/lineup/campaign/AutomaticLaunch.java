package io.lineup.campaign;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When a campaign launches on its own: the same shape and rules as a group's schedule, with the
 * minute Lineup picked inside the slot. The schedule engine starts the launches.
 */
public record AutomaticLaunch(
    ScheduleType type,
    LocalDate date,
    List<DayOfWeek> daysOfWeek,
    Integer dayOfMonth,
    Integer hour,
    Integer slot,
    Integer minute,
    String zone) {

  public AutomaticLaunch {
    type = type == null ? ScheduleType.NONE : type;
    daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
  }

  public static AutomaticLaunch none() {
    return new AutomaticLaunch(ScheduleType.NONE, null, null, null, null, null, null, null);
  }

  public Schedule schedule() {
    return new Schedule(type, date, daysOfWeek, dayOfMonth, hour, slot, minute, zone);
  }

  public static AutomaticLaunch of(Schedule s) {
    return new AutomaticLaunch(
        s.type(),
        s.date(),
        s.daysOfWeek(),
        s.dayOfMonth(),
        s.hour(),
        s.slot(),
        s.minute(),
        s.zone());
  }

  public boolean isSet() {
    return type != ScheduleType.NONE;
  }
}
