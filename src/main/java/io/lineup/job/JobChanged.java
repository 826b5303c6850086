package io.lineup.job;

/**
 * Published inside the transaction that saves, activates, deactivates or deletes a job: the hook
 * that keeps its own scheduled starts in step with its definition.
 */
public record JobChanged(long jobId) {}
