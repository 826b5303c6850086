package io.lineup.campaign;

import io.lineup.common.Errors;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import java.util.regex.Pattern;

/** The rules a campaign must follow to be saved. Every problem is reported, not just the first. */
final class CampaignRules {

  static final int MAX_NAME = 100;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private CampaignRules() {}

  /**
   * @param list the profile list the request names, or null when there is none by that name
   */
  static void check(CampaignRequest r, TableDefinition list, Errors errors) {
    if (errors.require(r.name() != null && !r.name().isBlank(), "name", "is required")) {
      errors.require(
          r.name().length() <= MAX_NAME, "name", "is longer than " + MAX_NAME + " characters");
    }
    if (errors.require(r.profileList() != null, "profileList", "is required")) {
      if (errors.require(
          list != null, "profileList", "table '" + r.profileList() + "' does not exist")) {
        errors.require(
            list.kind() == TableKind.PROFILE_LIST,
            "profileList",
            "table '" + r.profileList() + "' is not a profile list");
      }
    }
    errors.require(
        r.from() != null && EMAIL.matcher(r.from()).matches(),
        "from",
        "'" + r.from() + "' is not an email address");
    errors.require(r.subject() != null && !r.subject().isBlank(), "subject", "is required");
    errors.require(
        !blank(r.textBody()) || !blank(r.htmlBody()),
        "textBody",
        "give a text body, an HTML body or both");
    if (list != null) {
      fields("subject", r.subject(), list, errors);
      fields("textBody", r.textBody(), list, errors);
      fields("htmlBody", r.htmlBody(), list, errors);
    }
  }

  private static void fields(String path, String text, TableDefinition list, Errors errors) {
    for (String field : new Template(text).fields()) {
      errors.require(
          list.field(field).isPresent(),
          path,
          "${" + field + "} is not a field of profile list '" + list.name() + "'");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
