package io.lineup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A local wall-clock time made an instant. A time that falls in a daylight-saving gap starts at the
 * first instant after the gap; a time that occurs twice starts at its first occurrence only.
 */
final class LocalStart {

  private LocalStart() {}

  static Instant of(LocalDate date, LocalTime time, ZoneId zone) {
    LocalDateTime local = date.atTime(time);
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    return local.toInstant(offsets.get(0));
  }
}
