package io.lineup.job;

public enum SourceType {
  LOCAL,
  SFTP
}
