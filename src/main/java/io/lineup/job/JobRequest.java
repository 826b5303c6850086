package io.lineup.job;

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
    Boolean onDemand) {}
