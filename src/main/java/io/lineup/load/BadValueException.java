package io.lineup.load;

/** A value that does not fit its field; becomes a rejected record, never a failed run. */
final class BadValueException extends Exception {

  BadValueException(String message) {
    super(message, null, false, false);
  }
}
