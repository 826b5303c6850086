package io.lineup.job;

import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.time.Instant;

/**
 * One run of an import job, on its own or as a step of a group run.
 *
 * @param bytesRead how far into the file the import has got, for progress
 * @param bytesTotal the file's size, once it has been opened
 */
public record JobRun(
    long id,
    long jobId,
    String jobName,
    Long groupRunId,
    Trigger trigger,
    RunStatus status,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    long recordsProcessed,
    long recordsAdded,
    long recordsUpdated,
    long recordsRejected,
    long bytesRead,
    Long bytesTotal,
    String error) {}
