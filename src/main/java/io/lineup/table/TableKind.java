package io.lineup.table;

public enum TableKind {
  /** One row per contact, with the system fields. */
  PROFILE_LIST,
  /** Extra fields about the profiles of one profile list, keyed by {@code RIID_}. */
  PROFILE_EXTENSION,
  /** Any shape, with a primary key of one or more fields. */
  SUPPLEMENTAL
}
