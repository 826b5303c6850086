package io.lineup.common;

public class NotFoundException extends LineupException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
