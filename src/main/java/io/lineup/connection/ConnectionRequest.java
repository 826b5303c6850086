package io.lineup.connection;

/**
 * A connection as a client sends it. Give a password or a private key (OpenSSH or PEM text). On
 * update, a secret left out keeps the saved one. Without {@code hostKey}, the first session (a
 * test, a preview or a run) pins the key the server offers; on update, a {@code hostKey} left out
 * keeps the pinned one and an empty one forgets it.
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
    Integer readTimeoutSeconds) {

  /** Never the secret: a request may end up in a log line. */
  @Override
  public String toString() {
    return "ConnectionRequest[" + name + ", " + username + "@" + host + ":" + port + "]";
  }
}
