package io.lineup.common;

import java.util.regex.Pattern;

/**
 * Names of tables and fields. They end up in SQL, so they are checked against a strict pattern and
 * always quoted.
 */
public final class Identifier {

  public static final int MAX_LENGTH = 30;
  private static final Pattern PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
  private static final String RESERVED_PREFIX = "LINEUP_";

  private Identifier() {}

  /** Why {@code name} is not a valid identifier, or {@code null} when it is. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "is required";
    }
    if (!PATTERN.matcher(name).matches()) {
      return "'"
          + name
          + "' is not a valid name: use 1 to "
          + MAX_LENGTH
          + " upper-case letters, digits and underscores, starting with a letter";
    }
    if (name.startsWith(RESERVED_PREFIX)) {
      return "'" + name + "' is reserved: names starting with " + RESERVED_PREFIX + " are Lineup's";
    }
    return null;
  }

  public static boolean isValid(String name) {
    return problem(name) == null;
  }

  /** The name quoted for SQL; refuses anything that is not a valid identifier. */
  public static String quote(String name) {
    String problem = problem(name);
    if (problem != null) {
      throw new InvalidInputException("name", problem);
    }
    return '"' + name + '"';
  }
}
