package io.lineup.job;

/** How a SUPPLEMENTAL table takes a file. Other tables always merge. */
public enum TableMode {
  /** Insert or update by primary key, per the merge rule. */
  MERGE,
  /** Insert every record; one whose key the table already holds is rejected. */
  APPEND,
  /**
   * The file becomes the whole table: the old rows are deleted in the import's transaction, so
   * readers see the old table until the new one is committed, never half of it.
   */
  REPLACE
}
