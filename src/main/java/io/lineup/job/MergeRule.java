package io.lineup.job;

/**
 * What to do with each record: insert it when nothing matches, and replace or keep a match.
 * Anything left out takes the default: insert, replace all, opted in, {@code I} and {@code O} as
 * the file's permission values, no channel required.
 *
 * @param defaultPermissionStatus the email permission of a new profile when the file gives none
 * @param optInValue the file value that means opted in, in a permission-status column
 * @param optOutValue the file value that means opted out
 * @param requiredChannel when set, a profile-list record whose address on this channel is empty is
 *     rejected
 */
public record MergeRule(
    Boolean insertOnNoMatch,
    UpdateOnMatch updateOnMatch,
    PermissionStatus defaultPermissionStatus,
    String optInValue,
    String optOutValue,
    Channel requiredChannel) {

  public MergeRule {
    insertOnNoMatch = insertOnNoMatch == null || insertOnNoMatch;
    updateOnMatch = updateOnMatch == null ? UpdateOnMatch.REPLACE_ALL : updateOnMatch;
    defaultPermissionStatus =
        defaultPermissionStatus == null ? PermissionStatus.OPTIN : defaultPermissionStatus;
    optInValue = optInValue == null ? PermissionStatus.OPTIN.code() : optInValue;
    optOutValue = optOutValue == null ? PermissionStatus.OPTOUT.code() : optOutValue;
  }

  public MergeRule(
      Boolean insertOnNoMatch,
      UpdateOnMatch updateOnMatch,
      PermissionStatus defaultPermissionStatus) {
    this(insertOnNoMatch, updateOnMatch, defaultPermissionStatus, null, null, null);
  }

  public static MergeRule upsert() {
    return new MergeRule(null, null, null);
  }
}
