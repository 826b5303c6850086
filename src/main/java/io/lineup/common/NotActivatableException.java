package io.lineup.common;

import java.util.List;

/** Activation or a run was refused because the definition is incomplete or invalid. */
public class NotActivatableException extends LineupException {

  private final List<FieldError> errors;

  public NotActivatableException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
