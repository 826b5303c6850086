package io.lineup.connection;

/** How Lineup logs in to an SFTP server. */
public enum Auth {
  PASSWORD,
  PRIVATE_KEY
}
