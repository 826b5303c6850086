package io.lineup.run;

import io.lineup.common.ConflictException;

public class IllegalRunTransitionException extends ConflictException {

  public IllegalRunTransitionException(RunStatus from, RunStatus to) {
    super("A run cannot go from " + from + " to " + to);
  }
}
