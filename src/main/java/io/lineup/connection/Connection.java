package io.lineup.connection;

import java.time.Instant;

/**
 * A saved SFTP connection as the API shows it: never with its secret.
 *
 * @param hostKey the pinned fingerprint of the server's host key ({@code SHA256:...}); a server
 *     offering another key is refused
 */
public record Connection(
    Long id,
    String name,
    String host,
    int port,
    String username,
    Auth auth,
    String hostKey,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    Instant createdAt,
    Instant updatedAt) {}
