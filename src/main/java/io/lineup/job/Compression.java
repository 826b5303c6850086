package io.lineup.job;

public enum Compression {
  NONE,
  GZIP,
  ZIP
}
