package io.lineup.group;

import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.time.Instant;
import java.util.List;

/** One run of a group: a step per job, run one at a time in order. */
public record GroupRun(
    long id,
    long groupId,
    String groupName,
    Trigger trigger,
    RunStatus status,
    boolean cancelRequested,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    String error,
    List<GroupRunStep> steps) {

  public GroupRun {
    steps = List.copyOf(steps);
  }

  GroupRun withSteps(List<GroupRunStep> newSteps) {
    return new GroupRun(
        id,
        groupId,
        groupName,
        trigger,
        status,
        cancelRequested,
        queuedAt,
        startedAt,
        finishedAt,
        error,
        newSteps);
  }

  public GroupRunStep step(int position) {
    return steps.get(position);
  }

  public boolean isLast(int position) {
    return position == steps.size() - 1;
  }
}
