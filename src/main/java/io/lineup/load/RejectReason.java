package io.lineup.load;

/** Why a record was rejected, in the words marketing platforms use in their reject files. */
public enum RejectReason {
  MATCH_FIELD_EMPTY("MATCH FIELD CANNOT BE EMPTY"),
  INVALID_DATA_FORMAT("INVALID DATA FORMAT"),
  WRONG_FIELD_COUNT("INVALID NUMBER OF FIELDS"),
  NOT_UPDATED_PER_MERGE_RULE("NOT UPDATED PER MERGE RULE"),
  NO_MATCHING_RECORD("NO MATCHING RECORD, INSERT NOT ALLOWED"),
  NO_MATCHING_PROFILE("NO MATCHING PROFILE"),
  INVALID_EMAIL("INVALID FORMAT FOR EMAIL ADDRESS"),
  INVALID_MOBILE("INVALID FORMAT FOR MOBILE NUMBER"),
  EMAIL_EMPTY("EMAIL ADDRESS CANNOT BE EMPTY"),
  MOBILE_EMPTY("MOBILE NUMBER CANNOT BE EMPTY");

  private final String text;

  RejectReason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
