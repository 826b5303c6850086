package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartRulesTest {

  @ParameterizedTest(name = "{0} at {1}:{2}")
  @CsvSource({
    // the spring gap: 02:30 does not exist on 2026-03-29 in Paris, 2026-03-08 in New York
    "Europe/Paris, 2, 30, 2026-03-29, 2026-10-25",
    "America/New_York, 2, 30, 2026-03-08, 2026-11-01",
    // the autumn overlap: 02:30 occurs twice in Paris on 2026-10-25, 01:30 in New York on 11-01
    "Europe/Paris, 2, 37, 2026-03-29, 2026-10-25",
    "America/New_York, 1, 30, 2026-03-08, 2026-11-01"
  })
  void aYearOfDailyStartsAcrossBothDaylightSavingChanges(
      String zoneName, int hour, int minute, LocalDate springDay, LocalDate autumnDay) {
    ZoneId zone = ZoneId.of(zoneName);
    StartRule rule = StartRules.of(schedule(ScheduleType.DAILY, hour, minute, zoneName));
    LocalTime time = LocalTime.of(hour, minute);

    List<Instant> starts = starts(rule, Instant.parse("2025-12-31T23:00:00Z"), 365);

    Set<LocalDate> days = new HashSet<>();
    for (Instant start : starts) {
      ZonedDateTime local = start.atZone(zone);
      assertThat(days.add(local.toLocalDate())).as("one start a day: %s", local).isTrue();
      boolean inGap = zone.getRules().getValidOffsets(local.toLocalDate().atTime(time)).isEmpty();
      if (inGap) {
        // the first instant after the gap: 03:00 local, the transition itself
        assertThat(local.toLocalDate()).isEqualTo(springDay);
        assertThat(start)
            .isEqualTo(
                zone.getRules().getTransition(local.toLocalDate().atTime(time)).getInstant());
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(hour + 1, 0));
      } else {
        assertThat(local.toLocalTime()).as("local time on %s", local).isEqualTo(time);
      }
    }
    assertThat(days).hasSize(365);
    assertThat(starts.get(0).atZone(zone).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(starts.get(364).atZone(zone).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    // the repeated hour runs once, at its first occurrence (the summer offset)
    Instant autumn =
        starts.stream()
            .filter(s -> s.atZone(zone).toLocalDate().equals(autumnDay))
            .findFirst()
            .get();
    assertThat(autumn)
        .isEqualTo(autumnDay.atTime(time).atZone(zone).withEarlierOffsetAtOverlap().toInstant());
    for (int i = 1; i < starts.size(); i++) {
      Duration gap = Duration.between(starts.get(i - 1), starts.get(i));
      assertThat(gap).isBetween(Duration.ofHours(22), Duration.ofHours(25));
    }
  }

  @Test
  void anInstantInTheRepeatedHourIsNotFollowedByTheSameLocalTimeAgain() {
    StartRule rule = StartRules.of(schedule(ScheduleType.DAILY, 2, 30, "Europe/Paris"));
    Instant first = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 CEST
    // 02:30 CET (01:30Z) is the same local time again: it must not start twice
    assertThat(rule.next(first)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void weeklyStartsOnTheChosenDaysOnly() {
    Schedule s =
        new Schedule(
            ScheduleType.WEEKLY,
            null,
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            null,
            9,
            3,
            52,
            "Europe/Paris");
    List<Instant> starts = starts(StartRules.of(s), Instant.parse("2026-02-26T09:00:00Z"), 5);
    assertThat(starts)
        .containsExactly(
            Instant.parse("2026-03-02T08:52:00Z"), // Monday, CET
            Instant.parse("2026-03-05T08:52:00Z"), // Thursday
            Instant.parse("2026-03-09T08:52:00Z"),
            Instant.parse("2026-03-12T08:52:00Z"),
            Instant.parse("2026-03-16T08:52:00Z"));
    // the start itself is not "after" itself; Thursday 08:51Z still has Thursday's start ahead
    assertThat(StartRules.of(s).next(Instant.parse("2026-02-26T08:51:00Z")))
        .isEqualTo(Instant.parse("2026-02-26T08:52:00Z"));
  }

  @Test
  void monthlyOnThe31stRunsOnTheLastDayOfShorterMonths() {
    StartRule rule = StartRules.of(monthly(31));
    assertThat(localDates(starts(rule, Instant.parse("2027-01-01T00:00:00Z"), 7)))
        .containsExactly(
            LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 28),
            LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 4, 30),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 6, 30),
            LocalDate.of(2027, 7, 31));
  }

  @Test
  void monthlyOnThe29thInFebruaryFollowsLeapYears() {
    StartRule rule = StartRules.of(monthly(29));
    assertThat(localDates(starts(rule, Instant.parse("2027-01-30T00:00:00Z"), 2)))
        .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 29));
    assertThat(localDates(starts(rule, Instant.parse("2028-01-30T00:00:00Z"), 2)))
        .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 29));
    assertThat(
            localDates(
                starts(StartRules.of(monthly(30)), Instant.parse("2100-02-01T00:00:00Z"), 1)))
        .as("2100 is not a leap year")
        .containsExactly(LocalDate.of(2100, 2, 28));
  }

  @Test
  void onceStartsOnceThenNever() {
    Schedule s =
        new Schedule(
            ScheduleType.ONCE, LocalDate.of(2026, 12, 1), null, null, 6, 1, 21, "Asia/Tokyo");
    StartRule rule = StartRules.of(s);
    Instant start = Instant.parse("2026-11-30T21:21:00Z");
    assertThat(rule.next(Instant.parse("2026-03-02T08:00:00Z"))).isEqualTo(start);
    assertThat(rule.next(start)).isNull();
  }

  @Test
  void noneAndUnpickedSchedulesNeverStart() {
    assertThat(StartRules.of(Schedule.none()).next(Instant.EPOCH)).isNull();
    assertThat(StartRules.of(schedule(ScheduleType.DAILY, 2, null, "UTC")).next(Instant.EPOCH))
        .isNull();
  }

  static Schedule schedule(ScheduleType type, int hour, Integer minute, String zone) {
    return new Schedule(
        type, null, null, null, hour, minute == null ? 0 : minute / 15, minute, zone);
  }

  private static Schedule monthly(int day) {
    return new Schedule(ScheduleType.MONTHLY, null, null, day, 23, 0, 5, "Europe/Paris");
  }

  private static List<Instant> starts(StartRule rule, Instant from, int count) {
    List<Instant> starts = new ArrayList<>();
    Instant at = from;
    for (int i = 0; i < count; i++) {
      at = rule.next(at);
      starts.add(at);
    }
    return starts;
  }

  private static List<LocalDate> localDates(List<Instant> starts) {
    return starts.stream().map(s -> s.atZone(ZoneId.of("Europe/Paris")).toLocalDate()).toList();
  }
}
