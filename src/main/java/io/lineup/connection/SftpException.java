package io.lineup.connection;

import io.lineup.common.LineupException;

/** An SFTP server cannot be reached, refuses the login or offers another host key. */
public class SftpException extends LineupException {

  public SftpException(String message) {
    super(message);
  }

  public SftpException(String message, Throwable cause) {
    super(message, cause);
  }
}
