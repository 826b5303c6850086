package io.lineup.job;

/** One file column into one table field. Columns not mapped are ignored. */
public record ColumnMapping(String column, String field) {}
