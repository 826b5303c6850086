package io.lineup.web.campaign;

import io.lineup.campaign.AutomaticLaunch;
import io.lineup.campaign.Campaign;
import io.lineup.campaign.CampaignRequest;
import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** The campaign form's fields, to and from the request the service takes. */
final class CampaignForm {

  private CampaignForm() {}

  static CampaignRequest empty() {
    return new CampaignRequest(null, null, null, null, null, null, AutomaticLaunch.none());
  }

  static CampaignRequest of(Campaign c) {
    return new CampaignRequest(
        c.name(),
        c.profileList(),
        c.from(),
        c.subject(),
        c.textBody(),
        c.htmlBody(),
        c.automaticLaunch());
  }

  static CampaignRequest read(MultiValueMap<String, String> form) {
    ScheduleType type = ScheduleType.valueOf(value(form, "type", "NONE"));
    AutomaticLaunch launch =
        new AutomaticLaunch(
            type,
            type == ScheduleType.ONCE && !value(form, "date", "").isEmpty()
                ? LocalDate.parse(value(form, "date", ""))
                : null,
            type == ScheduleType.WEEKLY
                ? form.getOrDefault("daysOfWeek", List.of()).stream()
                    .map(DayOfWeek::valueOf)
                    .toList()
                : List.of(),
            type == ScheduleType.MONTHLY ? integer(form, "dayOfMonth") : null,
            type == ScheduleType.NONE ? null : integer(form, "hour"),
            type == ScheduleType.NONE ? null : integer(form, "slot"),
            null,
            type == ScheduleType.NONE ? null : value(form, "zone", "UTC"));
    return new CampaignRequest(
        blankToNull(value(form, "name", "")),
        blankToNull(value(form, "profileList", "")),
        blankToNull(value(form, "from", "")),
        blankToNull(value(form, "subject", "")),
        blankToNull(value(form, "textBody", "")),
        blankToNull(value(form, "htmlBody", "")),
        launch);
  }

  private static String value(MultiValueMap<String, String> form, String key, String fallback) {
    String v = form.getFirst(key);
    return v == null ? fallback : v;
  }

  private static Integer integer(MultiValueMap<String, String> form, String key) {
    String v = form.getFirst(key);
    return v == null || v.isBlank() ? null : Integer.valueOf(v);
  }

  private static String blankToNull(String v) {
    return v.isBlank() ? null : v;
  }
}
