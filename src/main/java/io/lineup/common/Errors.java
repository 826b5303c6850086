package io.lineup.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a whole input is checked, then throws them together. */
public final class Errors {

  private final List<FieldError> list = new ArrayList<>();

  public Errors add(String field, String message) {
    list.add(new FieldError(field, message));
    return this;
  }

  public boolean require(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return condition;
  }

  /** A required name of at most {@code max} characters. */
  public void name(String field, String value, int max) {
    if (require(value != null && !value.isBlank(), field, "is required")) {
      require(value.length() <= max, field, "is longer than " + max + " characters");
    }
  }

  /** Optional text of at most {@code max} characters. */
  public void text(String field, String value, int max) {
    require(value == null || value.length() <= max, field, "is longer than " + max + " characters");
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(list);
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidInputException(list);
    }
  }
}
