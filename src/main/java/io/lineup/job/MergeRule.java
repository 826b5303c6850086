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
 * @param tableMode for SUPPLEMENTAL tables: merge (default), append or replace the whole table
 */
public record MergeRule(
    Boolean insertOnNoMatch,
    UpdateOnMatch updateOnMatch,
    PermissionStatus defaultPermissionStatus,
    String optInValue,
    String optOutValue,
    Channel requiredChannel,
    TableMode tableMode) {

  public MergeRule {
    tableMode = tableMode == null ? TableMode.MERGE : tableMode;
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
    this(insertOnNoMatch, updateOnMatch, defaultPermissionStatus, null, null, null, null);
  }

  public MergeRule(
      Boolean insertOnNoMatch,
      UpdateOnMatch updateOnMatch,
      PermissionStatus defaultPermissionStatus,
      String optInValue,
      String optOutValue,
      Channel requiredChannel) {
    this(
        insertOnNoMatch,
        updateOnMatch,
        defaultPermissionStatus,
        optInValue,
        optOutValue,
        requiredChannel,
        null);
  }

  /** The rule a SUPPLEMENTAL table's records follow under its mode. */
  public MergeRule forTableMode() {
    return switch (tableMode) {
      case MERGE -> this;
      case APPEND ->
          new MergeRule(
              true,
              UpdateOnMatch.NO_UPDATE,
              defaultPermissionStatus,
              optInValue,
              optOutValue,
              requiredChannel,
              tableMode);
      case REPLACE ->
          new MergeRule(
              true,
              UpdateOnMatch.REPLACE_ALL,
              defaultPermissionStatus,
              optInValue,
              optOutValue,
              requiredChannel,
              tableMode);
    };
  }

  public static MergeRule upsert() {
    return new MergeRule(null, null, null);
  }
}
