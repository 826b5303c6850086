package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

  // 09:07 in Paris (CET): the slot running now is 9 / slot 0
  private static final Instant NOW = Instant.parse("2026-03-02T08:07:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void aOneTimeScheduleInThePastIsRefused() {
    assertThat(check(once(TODAY, 8, 3)))
        .containsExactly(new FieldError("schedule.date", ScheduleRules.IN_THE_PAST));
    assertThat(check(once(TODAY.minusDays(1), 23, 3)))
        .containsExactly(new FieldError("schedule.date", ScheduleRules.IN_THE_PAST));
  }

  @Test
  void aOneTimeScheduleInTheSlotRunningNowIsRefusedAndTheNextSlotIsNot() {
    assertThat(check(once(TODAY, 9, 0)))
        .containsExactly(new FieldError("schedule.date", ScheduleRules.IN_THE_PAST));
    assertThat(check(once(TODAY, 9, 1))).isEmpty();
  }

  @Test
  void everyBadFieldGetsItsOwnError() {
    Schedule bad = new Schedule(ScheduleType.MONTHLY, null, null, 32, 24, 4, null, "Europe/Pariss");
    assertThat(check(bad))
        .extracting(FieldError::field)
        .containsExactly("schedule.hour", "schedule.slot", "schedule.zone", "schedule.dayOfMonth");
    assertThat(check(bad).get(2).message()).contains("'Europe/Pariss' is not a known time zone");
  }

  @Test
  void missingPartsAreNamed() {
    assertThat(check(new Schedule(ScheduleType.WEEKLY, null, null, null, null, null, null, null)))
        .extracting(FieldError::field)
        .containsExactly("schedule.hour", "schedule.slot", "schedule.zone", "schedule.daysOfWeek");
    assertThat(check(new Schedule(ScheduleType.ONCE, null, null, null, 3, 0, null, "UTC")))
        .containsExactly(new FieldError("schedule.date", "choose a date"));
  }

  @Test
  void offsetsAreNotIanaZones() {
    assertThat(check(daily("+02:00")))
        .extracting(FieldError::field)
        .containsExactly("schedule.zone");
    assertThat(check(daily("America/New_York"))).isEmpty();
  }

  @Test
  void noneNeedsNothing() {
    assertThat(check(Schedule.none())).isEmpty();
  }

  @Test
  void validRecurringSchedules() {
    assertThat(
            check(
                new Schedule(
                    ScheduleType.WEEKLY, null, List.of(DayOfWeek.SUNDAY), null, 0, 3, null, "UTC")))
        .isEmpty();
    assertThat(check(new Schedule(ScheduleType.MONTHLY, null, null, 31, 23, 0, null, "UTC")))
        .isEmpty();
  }

  private static List<FieldError> check(Schedule s) {
    Errors errors = new Errors();
    ScheduleRules.check(s, "schedule", NOW, errors);
    return errors.list();
  }

  private static Schedule once(LocalDate date, int hour, int slot) {
    return new Schedule(ScheduleType.ONCE, date, null, null, hour, slot, null, "Europe/Paris");
  }

  private static Schedule daily(String zone) {
    return new Schedule(ScheduleType.DAILY, null, null, null, 2, 1, null, zone);
  }
}
