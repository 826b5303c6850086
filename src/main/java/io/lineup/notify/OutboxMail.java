package io.lineup.notify;

import java.time.Instant;

/** A mail in the outbox: PENDING until the SMTP server takes it, then SENT, or FAILED for good. */
public record OutboxMail(
    long id,
    Long groupRunId,
    String recipient,
    String subject,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt) {}
