package io.lineup.job;

public enum JobStatus {
  DRAFT,
  ACTIVE,
  INACTIVE
}
