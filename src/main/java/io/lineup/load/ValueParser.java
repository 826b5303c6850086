package io.lineup.load;

import io.lineup.table.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns a file's text into a field's value, exactly: no trimming, no rounding. An empty value is
 * NULL.
 */
final class ValueParser {

  private static final LocalDateTime SAMPLE = LocalDateTime.of(2026, 12, 31, 23, 59, 0);

  private ValueParser() {}

  static Object parse(Field field, String raw) throws BadValueException {
    return parse(field, raw, ValueFormats.DEFAULT);
  }

  static Object parse(Field field, String raw, ValueFormats formats) throws BadValueException {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    return switch (field.type()) {
      case TEXT -> text(field, raw);
      case INTEGER -> integer(field, raw);
      case NUMBER -> number(field, raw);
      case DATE -> date(field, raw, formats);
      case TIMESTAMP -> timestamp(field, raw, formats);
      case BOOLEAN -> bool(field, raw);
    };
  }

  private static String text(Field field, String raw) throws BadValueException {
    if (raw.length() > field.length()) {
      throw bad(field, "longer than " + field.length() + " characters");
    }
    return raw;
  }

  private static Long integer(Field field, String raw) throws BadValueException {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw bad(field, "'" + raw + "' is not an integer");
    }
  }

  private static BigDecimal number(Field field, String raw) throws BadValueException {
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      throw bad(field, "'" + raw + "' is not a number");
    }
  }

  private static LocalDate date(Field field, String raw, ValueFormats formats)
      throws BadValueException {
    try {
      return LocalDate.parse(raw, formats.date());
    } catch (DateTimeParseException e) {
      throw bad(field, "'" + raw + "' is not a date like " + formats.date().format(SAMPLE));
    }
  }

  private static LocalDateTime timestamp(Field field, String raw, ValueFormats formats)
      throws BadValueException {
    try {
      return LocalDateTime.parse(raw, formats.timestamp());
    } catch (DateTimeParseException e) {
      throw bad(
          field, "'" + raw + "' is not a timestamp like " + formats.timestamp().format(SAMPLE));
    }
  }

  private static Boolean bool(Field field, String raw) throws BadValueException {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "f", "no", "n", "0" -> Boolean.FALSE;
      default -> throw bad(field, "'" + raw + "' is not true or false");
    };
  }

  private static BadValueException bad(Field field, String why) {
    return new BadValueException(field.name() + ": " + why);
  }
}
