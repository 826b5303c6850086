package io.lineup.group;

import io.lineup.run.RunStatus;

/** One job of a group run, at its place in the order. Its counts live in its job run. */
public record GroupRunStep(
    int position, long jobId, String jobName, RunStatus status, Long jobRunId) {}
