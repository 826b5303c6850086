package io.lineup.load;

import io.lineup.common.LineupException;

/** The file as a whole cannot be imported (missing, unreadable, wrong header): the run fails. */
public class ImportFailedException extends LineupException {

  public ImportFailedException(String message) {
    super(message);
  }

  public ImportFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
