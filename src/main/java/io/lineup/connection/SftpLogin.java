package io.lineup.connection;

import java.time.Duration;

/** Everything needed to open an SFTP session, secret decrypted. Never logged or returned. */
public record SftpLogin(
    String host,
    int port,
    String username,
    Auth auth,
    String secret,
    String hostKey,
    Duration connectTimeout,
    Duration readTimeout) {

  @Override
  public String toString() {
    return username + "@" + host + ":" + port;
  }
}
