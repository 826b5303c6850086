package io.lineup.security;

import java.time.Instant;

/** A user as the API shows it: never with a password. */
public record AppUser(long id, String username, Role role, Instant createdAt) {}
