package io.lineup.load;

import io.lineup.job.Format;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** How a job writes dates and timestamps, as strict formatters: 2023-02-29 is not a date. */
record ValueFormats(
    DateTimeFormatter date,
    String datePattern,
    DateTimeFormatter timestamp,
    String timestampPattern) {

  static final ValueFormats DEFAULT = of(Format.csv());

  static ValueFormats of(Format format) {
    return new ValueFormats(
        strict(format.datePattern()),
        format.datePattern(),
        strict(format.timestampPattern()),
        format.timestampPattern());
  }

  /**
   * A strict formatter for a user's pattern. {@code yyyy} (year of era) needs an era to resolve
   * strictly, so the current era is the default.
   */
  static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
