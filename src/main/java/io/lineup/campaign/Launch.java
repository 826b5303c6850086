package io.lineup.campaign;

import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.time.Instant;

/**
 * One launch of a campaign: how many members it targeted, how many were sent the message and how
 * many could not be. {@code targeted} is null until the ledger of recipients has been drawn up.
 */
public record Launch(
    long id,
    long campaignId,
    String campaignName,
    Trigger trigger,
    Long groupRunId,
    RunStatus status,
    Long targeted,
    long sent,
    long failed,
    String error,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt) {}
