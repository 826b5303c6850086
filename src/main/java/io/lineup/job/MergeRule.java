package io.lineup.job;

/**
 * What to do with each record: insert it when nothing matches, and replace or keep a match.
 * Anything left out takes the default: insert, replace all, opted in.
 *
 * @param defaultPermissionStatus the email permission of a new profile when the file gives none
 */
public record MergeRule(
    Boolean insertOnNoMatch,
    UpdateOnMatch updateOnMatch,
    PermissionStatus defaultPermissionStatus) {

  public MergeRule {
    insertOnNoMatch = insertOnNoMatch == null || insertOnNoMatch;
    updateOnMatch = updateOnMatch == null ? UpdateOnMatch.REPLACE_ALL : updateOnMatch;
    defaultPermissionStatus =
        defaultPermissionStatus == null ? PermissionStatus.OPTIN : defaultPermissionStatus;
  }

  public static MergeRule upsert() {
    return new MergeRule(null, null, null);
  }
}
