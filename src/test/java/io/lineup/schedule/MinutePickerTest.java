package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinutePickerTest {

  private final MinutePicker picker = new MinutePicker(new Random(7));

  @Test
  void theMinuteIsPickedInTheSlotAndKeptUntilTheHourOrSlotChanges() {
    Schedule first = picker.withMinute(daily(2, 1, "Europe/Paris"), null);
    assertThat(first.minute()).isBetween(15, 29);

    for (int i = 0; i < 20; i++) {
      assertThat(picker.withMinute(daily(2, 1, "America/New_York"), first).minute())
          .as("zone changed only")
          .isEqualTo(first.minute());
    }
    assertThat(picker.withMinute(daily(2, 3, "Europe/Paris"), first).minute()).isBetween(45, 59);
    boolean movedWithHour = false;
    for (int i = 0; i < 20; i++) {
      Schedule otherHour = picker.withMinute(daily(3, 1, "Europe/Paris"), first);
      assertThat(otherHour.minute()).isBetween(15, 29);
      movedWithHour |= !otherHour.minute().equals(first.minute());
    }
    assertThat(movedWithHour).as("a new hour picks again").isTrue();
  }

  @Test
  void aClientCannotChooseTheMinute() {
    Schedule asked = new Schedule(ScheduleType.DAILY, null, null, null, 2, 0, 59, "UTC");
    assertThat(picker.withMinute(asked, null).minute()).isBetween(0, 14);
  }

  @Test
  void noScheduleHasNoMinute() {
    Schedule first = picker.withMinute(daily(2, 1, "UTC"), null);
    assertThat(picker.withMinute(Schedule.none(), first).minute()).isNull();
  }

  private static Schedule daily(int hour, int slot, String zone) {
    return new Schedule(ScheduleType.DAILY, null, null, null, hour, slot, null, zone);
  }
}
