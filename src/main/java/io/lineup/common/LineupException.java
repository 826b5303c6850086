package io.lineup.common;

/** The root of every error Lineup raises on purpose; unchecked, like the rest of the domain. */
public abstract class LineupException extends RuntimeException {

  protected LineupException(String message) {
    super(message);
  }

  protected LineupException(String message, Throwable cause) {
    super(message, cause);
  }
}
