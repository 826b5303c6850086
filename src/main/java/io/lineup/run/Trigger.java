package io.lineup.run;

/** What started a run. */
public enum Trigger {
  MANUAL,
  SCHEDULE,
  GROUP,
  API
}
