package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.group.GroupRequest;
import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Step 4: when the group runs on its own. The user picks the hour and the quarter of the hour; the
 * server picks the minute inside it, so only what the type needs is sent.
 */
@Component
class ScheduleStep implements WizardStep {

  @Override
  public int number() {
    return 4;
  }

  @Override
  public String fieldPrefix() {
    return "schedule";
  }

  @Override
  public GroupRequest apply(GroupRequest r, MultiValueMap<String, String> form, Errors errors) {
    ScheduleType type = type(WizardStep.first(form, "type"), errors);
    Schedule schedule =
        type == ScheduleType.NONE
            ? Schedule.none()
            : new Schedule(
                type,
                type == ScheduleType.ONCE ? date(WizardStep.first(form, "date"), errors) : null,
                type == ScheduleType.WEEKLY ? days(form, errors) : List.of(),
                type == ScheduleType.MONTHLY
                    ? WizardStep.integer(form, "dayOfMonth", "schedule.dayOfMonth", errors)
                    : null,
                WizardStep.integer(form, "hour", "schedule.hour", errors),
                WizardStep.integer(form, "slot", "schedule.slot", errors),
                null,
                WizardStep.first(form, "zone"));
    return new GroupRequest(
        r.name(), r.description(), r.jobIds(), r.postProcessing(), r.notifications(), schedule);
  }

  private static ScheduleType type(String value, Errors errors) {
    try {
      return value == null ? ScheduleType.NONE : ScheduleType.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.add("schedule.type", "'" + value + "' is not a schedule type");
      return ScheduleType.NONE;
    }
  }

  private static LocalDate date(String value, Errors errors) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add("schedule.date", "'" + value + "' is not a date (yyyy-mm-dd)");
      return null;
    }
  }

  private static List<DayOfWeek> days(MultiValueMap<String, String> form, Errors errors) {
    try {
      return form.getOrDefault("daysOfWeek", List.of()).stream().map(DayOfWeek::valueOf).toList();
    } catch (IllegalArgumentException e) {
      errors.add("schedule.daysOfWeek", "is not a day of the week");
      return List.of();
    }
  }
}
