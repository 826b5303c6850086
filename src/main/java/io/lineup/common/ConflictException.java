package io.lineup.common;

/** The request is valid but clashes with the current state (a running group, a job in use...). */
public class ConflictException extends LineupException {

  public ConflictException(String message) {
    super(message);
  }
}
