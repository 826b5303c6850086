package io.lineup.job;

import io.lineup.group.Schedule;
import java.time.Instant;
import java.util.List;

/**
 * The definition of an import ("upload") job: one file into one table. Runs are {@link JobRun}s. A
 * job that is not on demand may run on its own {@code schedule} until {@code expiresAt}.
 */
public record ImportJob(
    Long id,
    String name,
    String description,
    String table,
    JobStatus status,
    Source source,
    Format format,
    List<ColumnMapping> mapping,
    List<String> match,
    MergeRule mergeRule,
    boolean onDemand,
    Instant createdAt,
    Instant updatedAt,
    Schedule schedule,
    Instant expiresAt) {

  public ImportJob {
    mapping = List.copyOf(mapping);
    match = List.copyOf(match);
    schedule = schedule == null ? Schedule.none() : schedule;
  }

  /** A job with no schedule of its own and no expiry. */
  public ImportJob(
      Long id,
      String name,
      String description,
      String table,
      JobStatus status,
      Source source,
      Format format,
      List<ColumnMapping> mapping,
      List<String> match,
      MergeRule mergeRule,
      boolean onDemand,
      Instant createdAt,
      Instant updatedAt) {
    this(
        id,
        name,
        description,
        table,
        status,
        source,
        format,
        mapping,
        match,
        mergeRule,
        onDemand,
        createdAt,
        updatedAt,
        null,
        null);
  }

  /** May this job join a group? Only active jobs set to run on demand may. */
  public boolean joinable() {
    return status == JobStatus.ACTIVE && onDemand;
  }
}
