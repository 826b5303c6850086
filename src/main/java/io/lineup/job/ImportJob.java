package io.lineup.job;

import java.time.Instant;
import java.util.List;

/**
 * The definition of an import ("upload") job: one file into one table. Runs are {@link JobRun}s.
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
    Instant updatedAt) {

  public ImportJob {
    mapping = List.copyOf(mapping);
    match = List.copyOf(match);
  }

  /** May this job join a group? Only active jobs set to run on demand may. */
  public boolean joinable() {
    return status == JobStatus.ACTIVE && onDemand;
  }
}
