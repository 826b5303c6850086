package io.lineup.security;

/** What a user may do. Each role may do everything the roles below it may. */
public enum Role {
  /** Users and settings, and everything a data director does. */
  ADMIN,
  /** Tables, connections, jobs, groups, campaigns and runs. */
  DATA_DIRECTOR,
  /** Reads everything, changes nothing. */
  VIEWER;

  public String authority() {
    return "ROLE_" + name();
  }
}
