package io.lineup.job;

public enum PermissionStatus {
  OPTIN("I"),
  OPTOUT("O");

  private final String code;

  PermissionStatus(String code) {
    this.code = code;
  }

  /** The value stored in EMAIL_PERMISSION_STATUS_ and MOBILE_PERMISSION_STATUS_. */
  public String code() {
    return code;
  }
}
