package io.lineup.campaign;

/**
 * Published inside the transaction that ends a group run's post-processing: the run has ended and
 * every campaign it launches has ended too (or it launches none). The moment to send notifications.
 */
public record RunPostProcessed(long groupRunId) {}
