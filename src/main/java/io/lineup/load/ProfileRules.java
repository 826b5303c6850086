package io.lineup.load;

import io.lineup.job.Channel;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.table.SystemFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of a profile list's own fields: email syntax, mobile numbers of 6 to 15 digits, the
 * file's opt-in and opt-out values, and the channel a record must have.
 */
final class ProfileRules {

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
    checks.add(syntax(SystemFields.EMAIL, EmailSyntax::valid, RejectReason.INVALID_EMAIL));
    checks.add(syntax(SystemFields.MOBILE, ProfileRules::mobile, RejectReason.INVALID_MOBILE));
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

  /** A mobile number: 6 to 15 digits, nothing else. */
  static boolean mobile(String number) {
    if (number.length() < 6 || number.length() > 15) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static RecordCheck syntax(String field, Predicate<String> valid, RejectReason reason) {
    return values -> {
      Object value = values.get(field);
      return value != null && !valid.test((String) value)
          ? new Rejection(reason, "'" + value + "'")
          : null;
    };
  }
}
