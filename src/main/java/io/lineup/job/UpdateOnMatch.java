package io.lineup.job;

public enum UpdateOnMatch {
  /** A matched record's mapped fields are replaced by the file's values. */
  REPLACE_ALL,
  /** A matched record is left as it is and the file's record is rejected. */
  NO_UPDATE
}
