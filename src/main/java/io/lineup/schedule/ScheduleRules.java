package io.lineup.schedule;

import io.lineup.common.Errors;
import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Save-time rules of a schedule; every problem becomes a field error under {@code path}. */
public final class ScheduleRules {

  public static final String IN_THE_PAST = "The selected time occurs in the past";

  private ScheduleRules() {}

  /**
   * @param now a one-time schedule must start after the slot running now
   */
  public static void check(Schedule s, String path, Instant now, Errors errors) {
    if (s.type() == ScheduleType.NONE) {
      return;
    }
    Integer hour = s.hour();
    Integer slot = s.slot();
    boolean hourOk =
        errors.require(
            hour != null && hour >= 0 && hour <= 23, path + ".hour", "choose an hour from 0 to 23");
    boolean slotOk =
        errors.require(
            slot != null && slot >= 0 && slot < SlotMinute.SLOTS,
            path + ".slot",
            "choose a slot from 0 (minutes 0-14) to 3 (minutes 45-59)");
    ZoneId zone = zone(s.zone());
    errors.require(
        zone != null,
        path + ".zone",
        s.zone() == null || s.zone().isBlank()
            ? "choose a time zone"
            : "'" + s.zone() + "' is not a known time zone: use an IANA name like Europe/Paris");
    switch (s.type()) {
      case ONCE -> {
        if (errors.require(s.date() != null, path + ".date", "choose a date")
            && hourOk
            && slotOk
            && zone != null) {
          Instant slotStart =
              LocalStart.of(s.date(), LocalTime.of(hour, SlotMinute.firstMinute(slot)), zone);
          errors.require(now.isBefore(slotStart), path + ".date", IN_THE_PAST);
        }
      }
      case WEEKLY ->
          errors.require(
              !s.daysOfWeek().isEmpty(),
              path + ".daysOfWeek",
              "choose at least one day of the week");
      case MONTHLY ->
          errors.require(
              s.dayOfMonth() != null && s.dayOfMonth() >= 1 && s.dayOfMonth() <= 31,
              path + ".dayOfMonth",
              "choose a day of the month from 1 to 31 (a month without it runs on its last day)");
      default -> {}
    }
  }

  private static ZoneId zone(String name) {
    return name != null && ZoneId.getAvailableZoneIds().contains(name) ? ZoneId.of(name) : null;
  }
}
