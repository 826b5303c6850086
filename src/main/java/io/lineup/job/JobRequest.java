package io.lineup.job;

import io.lineup.group.Schedule;
import java.time.Instant;
import java.util.List;

/** An import job as a client sends it; absent format, merge rule and onDemand take defaults. */
public record JobRequest(
    String name,
    String description,
    String table,
    Source source,
    Format format,
    List<ColumnMapping> mapping,
    List<String> match,
    MergeRule mergeRule,
    Boolean onDemand,
    Schedule schedule,
    Instant expiresAt) {

  public JobRequest {
    schedule = schedule == null ? Schedule.none() : schedule;
  }

  /** A request with no schedule of its own and no expiry. */
  public JobRequest(
      String name,
      String description,
      String table,
      Source source,
      Format format,
      List<ColumnMapping> mapping,
      List<String> match,
      MergeRule mergeRule,
      Boolean onDemand) {
    this(name, description, table, source, format, mapping, match, mergeRule, onDemand, null, null);
  }
}
