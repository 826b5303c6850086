package io.lineup.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names with date tokens: {@code contacts_{yyyyMMdd}.csv} on 2 March 2026 is {@code
 * contacts_20260302.csv}. A token is a {@link DateTimeFormatter} pattern in braces.
 */
public final class FileNames {

  private static final Pattern TOKEN = Pattern.compile("\\{([^{}]+)}");

  /** The archive name prefix: the run's time in UTC, sortable. */
  public static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private FileNames() {}

  public static String resolve(String path, String zone, Instant at) {
    ZoneId id = zone == null || zone.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zone);
    Matcher m = TOKEN.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = DateTimeFormatter.ofPattern(m.group(1), Locale.ROOT).format(at.atZone(id));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Why {@code path}'s tokens or {@code zone} cannot be resolved, or null when they can. */
  public static String problem(String path, String zone) {
    try {
      resolve(path, zone, Instant.EPOCH);
      return null;
    } catch (DateTimeException | IllegalArgumentException e) {
      return "has a date token or a time zone that cannot be used: " + e.getMessage();
    }
  }
}
