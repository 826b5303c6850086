package io.lineup.job;

import io.lineup.table.SystemFields;

/** A way to reach a profile, and the profile-list field that holds its address. */
public enum Channel {
  EMAIL(SystemFields.EMAIL, "EMAIL ADDRESS CANNOT BE EMPTY"),
  MOBILE(SystemFields.MOBILE, "MOBILE NUMBER CANNOT BE EMPTY");

  private final String field;
  private final String emptyReason;

  Channel(String field, String emptyReason) {
    this.field = field;
    this.emptyReason = emptyReason;
  }

  public String field() {
    return field;
  }

  /** The reject reason of a record whose address on this channel is empty. */
  public String emptyReason() {
    return emptyReason;
  }
}
