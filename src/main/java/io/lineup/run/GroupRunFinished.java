package io.lineup.run;

/**
 * Published inside the transaction that ends a group run, after all of its steps have ended or been
 * skipped: the hook for post-processing and notifications.
 */
public record GroupRunFinished(long groupRunId, RunStatus status) {}
