package io.lineup.group;

import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.time.Instant;
import java.util.List;

/** A group run as the API shows it: each step with its job run's counts. */
public record GroupRunView(
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
    List<Step> steps,
    List<Object> campaignLaunches,
    List<Object> notifications) {

  public record Step(
      int position,
      long jobId,
      String jobName,
      RunStatus status,
      Long jobRunId,
      long recordsProcessed,
      long recordsAdded,
      long recordsUpdated,
      long recordsRejected,
      String error) {}
}
