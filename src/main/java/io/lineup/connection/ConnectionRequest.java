package io.lineup.connection;

/**
 * A connection as a client sends it. Give a password or a private key (OpenSSH or PEM text). On
 * update, a secret left out keeps the saved one. Without {@code hostKey}, the first successful test
 * pins the key the server offers.
 */
public record ConnectionRequest(
    String name,
    String host,
    Integer port,
    String username,
    String password,
    String privateKey,
    String hostKey,
    Integer connectTimeoutSeconds,
    Integer readTimeoutSeconds) {}
