package io.lineup.campaign;

import java.time.Instant;

/** An email to the opted-in members of a profile list. */
public record Campaign(
    long id,
    String name,
    String profileList,
    String from,
    String subject,
    String textBody,
    String htmlBody,
    AutomaticLaunch automaticLaunch,
    Instant createdAt,
    Instant updatedAt) {}
