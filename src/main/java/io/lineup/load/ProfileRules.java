package io.lineup.load;

import io.lineup.job.Channel;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.table.SystemFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a profile list's own fields: email syntax, mobile numbers of 6 to 15 digits, the
 * file's opt-in and opt-out values, and the channel a record must have.
 */
final class ProfileRules {

  /**
   * A practical address syntax, as marketing platforms check it: a local part of up to 64
   * characters without spaces, controls, {@code @ < > " ( ) [ ] \} and without a leading, trailing
   * or doubled dot; one {@code @}; a domain of two or more labels of letters, digits and inner
   * hyphens. No quoted local parts, no IP literals.
   */
  static final Pattern EMAIL =
      Pattern.compile(
          "(?!\\.)(?!.*\\.\\.)[^\\s\\p{Z}\\p{Cntrl}@<>\"()\\[\\]\\\\]{1,64}(?<!\\.)"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  static final Pattern MOBILE = Pattern.compile("[0-9]{6,15}");

  private static final Set<String> PERMISSIONS =
      Set.of(SystemFields.EMAIL_PERMISSION, SystemFields.MOBILE_PERMISSION);

  private ProfileRules() {}

  static List<RecordCheck> checks(MergeRule rule) {
    List<RecordCheck> checks = new ArrayList<>();
    if (rule.requiredChannel() != null) {
      Channel channel = rule.requiredChannel();
      RejectReason reason =
          channel == Channel.EMAIL ? RejectReason.EMAIL_EMPTY : RejectReason.MOBILE_EMPTY;
      checks.add(v -> v.get(channel.field()) == null ? Rejection.of(reason) : null);
    }
    checks.add(pattern(SystemFields.EMAIL, EMAIL, RejectReason.INVALID_EMAIL));
    checks.add(pattern(SystemFields.MOBILE, MOBILE, RejectReason.INVALID_MOBILE));
    return checks;
  }

  /** The permission-status fields, read through the rule's opt-in and opt-out values. */
  static Map<String, RawValue> rawValues(MergeRule rule) {
    RawValue permission =
        raw -> {
          if (raw.equals(rule.optInValue())) {
            return PermissionStatus.OPTIN.code();
          }
          if (raw.equals(rule.optOutValue())) {
            return PermissionStatus.OPTOUT.code();
          }
          throw new BadValueException(
              "'"
                  + raw
                  + "' is neither the opt-in value '"
                  + rule.optInValue()
                  + "' nor the opt-out value '"
                  + rule.optOutValue()
                  + "'");
        };
    return Map.of(
        SystemFields.EMAIL_PERMISSION, permission, SystemFields.MOBILE_PERMISSION, permission);
  }

  static boolean isPermission(String field) {
    return PERMISSIONS.contains(field);
  }

  private static RecordCheck pattern(String field, Pattern pattern, RejectReason reason) {
    return values -> {
      Object value = values.get(field);
      return value != null && !pattern.matcher((String) value).matches()
          ? new Rejection(reason, "'" + value + "'")
          : null;
    };
  }
}
