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
