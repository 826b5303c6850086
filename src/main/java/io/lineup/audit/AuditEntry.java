package io.lineup.audit;

import java.time.Instant;

/** Who did what to which resource, and when. */
public record AuditEntry(
    long id,
    Instant at,
    String username,
    String action,
    String resourceType,
    String resourceId,
    String method,
    String path,
    int status) {}
