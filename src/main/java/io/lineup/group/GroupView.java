package io.lineup.group;

import io.lineup.run.RunStatus;
import java.time.Instant;
import java.util.List;

/** A group as the API shows it: its definition, its last run and its next scheduled start. */
public record GroupView(
    long id,
    String name,
    String description,
    GroupStatus status,
    List<Long> jobIds,
    PostProcessing postProcessing,
    Notifications notifications,
    Schedule schedule,
    Instant nextRunAt,
    LastRun lastRun,
    Long runningRunId,
    Instant createdAt,
    Instant updatedAt,
    List<String> warnings) {

  public record LastRun(long id, RunStatus status, Instant startedAt, Instant finishedAt) {}

  static GroupView of(Group g, GroupRun last, Instant nextRunAt, List<String> warnings) {
    return new GroupView(
        g.id(),
        g.name(),
        g.description(),
        g.status(),
        g.jobIds(),
        g.postProcessing(),
        g.notifications(),
        g.schedule(),
        nextRunAt,
        last == null
            ? null
            : new LastRun(last.id(), last.status(), last.startedAt(), last.finishedAt()),
        g.runningRunId(),
        g.createdAt(),
        g.updatedAt(),
        warnings);
  }
}
