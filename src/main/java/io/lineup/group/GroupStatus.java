package io.lineup.group;

public enum GroupStatus {
  DRAFT,
  ACTIVE,
  INACTIVE
}
