package io.lineup.group;

import java.time.Instant;
import java.util.List;

/**
 * The definition of a group: an ordered list of import jobs run as one unit. Runs are {@link
 * GroupRun}s.
 *
 * @param runningRunId the run in progress, if any: a group never runs twice at once
 */
public record Group(
    long id,
    String name,
    String description,
    GroupStatus status,
    List<Long> jobIds,
    PostProcessing postProcessing,
    Notifications notifications,
    Schedule schedule,
    Long runningRunId,
    Instant createdAt,
    Instant updatedAt) {

  public Group {
    jobIds = List.copyOf(jobIds);
  }
}
