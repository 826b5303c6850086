package io.lineup.web;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Formatting helpers for the templates, as {@code ${@fmt.time(x)}}. */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String time(Instant at) {
    return at == null ? "—" : TIME.format(at);
  }

  public String duration(Instant from, Instant to) {
    if (from == null || to == null) {
      return "—";
    }
    Duration d = Duration.between(from, to);
    long s = d.toSeconds();
    return s < 60 ? d.toMillis() / 1000.0 + " s" : (s / 60) + " min " + (s % 60) + " s";
  }

  public String bytes(Long bytes) {
    if (bytes == null) {
      return "?";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }

  public String schedule(Schedule s) {
    if (s == null || s.type() == ScheduleType.NONE) {
      return "On demand";
    }
    String at =
        s.hour() == null
            ? ""
            : " at "
                + String.format("%02d", s.hour())
                + ":"
                + (s.minute() == null
                    ? "slot " + (s.slot() == null ? "?" : s.slot() + 1)
                    : String.format("%02d", s.minute()));
    String zone = s.zone() == null ? "" : " (" + s.zone() + ")";
    return switch (s.type()) {
      case ONCE -> "Once on " + s.date() + at + zone;
      case DAILY -> "Daily" + at + zone;
      case WEEKLY ->
          "Weekly on "
              + s.daysOfWeek().stream()
                  .map(d -> d.name().substring(0, 3))
                  .collect(Collectors.joining(", "))
              + at
              + zone;
      case MONTHLY -> "Monthly on day " + s.dayOfMonth() + at + zone;
      case NONE -> "On demand";
    };
  }
}
