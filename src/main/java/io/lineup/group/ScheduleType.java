package io.lineup.group;

public enum ScheduleType {
  NONE,
  ONCE,
  DAILY,
  WEEKLY,
  MONTHLY
}
