package io.lineup.run;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of a group run, a step or a job run, with the one table of moves allowed between them.
 */
public enum RunStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  SKIPPED,
  CANCELLED;

  private static final Map<RunStatus, Set<RunStatus>> ALLOWED =
      Map.of(
          QUEUED, EnumSet.of(RUNNING, SKIPPED, CANCELLED, FAILED),
          RUNNING, EnumSet.of(SUCCEEDED, FAILED, CANCELLED),
          SUCCEEDED, EnumSet.noneOf(RunStatus.class),
          FAILED, EnumSet.noneOf(RunStatus.class),
          SKIPPED, EnumSet.noneOf(RunStatus.class),
          CANCELLED, EnumSet.noneOf(RunStatus.class));

  public boolean canMoveTo(RunStatus next) {
    return ALLOWED.get(this).contains(next);
  }

  public boolean isTerminal() {
    return ALLOWED.get(this).isEmpty();
  }

  /** The statuses from which a move to {@code next} is allowed, for guarded SQL updates. */
  public static Set<RunStatus> from(RunStatus next) {
    Set<RunStatus> from = EnumSet.noneOf(RunStatus.class);
    ALLOWED.forEach(
        (status, targets) -> {
          if (targets.contains(next)) {
            from.add(status);
          }
        });
    return from;
  }

  public RunStatus moveTo(RunStatus next) {
    if (!canMoveTo(next)) {
      throw new IllegalRunTransitionException(this, next);
    }
    return next;
  }
}
