package io.lineup.campaign;

import io.lineup.run.RunStatus;

/** Published inside the transaction that ends a launch. */
public record LaunchFinished(long launchId, Long groupRunId, RunStatus status) {}
