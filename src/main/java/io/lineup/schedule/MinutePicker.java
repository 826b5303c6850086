package io.lineup.schedule;

import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/**
 * Picks the random minute inside a schedule's slot when it is saved, so that start times spread
 * over the hour. The minute is kept on later saves unless the hour or the slot changes.
 */
@Component
public class MinutePicker {

  private final RandomGenerator random;

  MinutePicker(RandomGenerator random) {
    this.random = random;
  }

  /** The schedule to store: {@code requested} (already valid) with its minute. */
  public Schedule withMinute(Schedule requested, Schedule previous) {
    Integer minute = null;
    if (requested.type() != ScheduleType.NONE) {
      boolean keep =
          previous != null
              && previous.minute() != null
              && Objects.equals(previous.hour(), requested.hour())
              && Objects.equals(previous.slot(), requested.slot());
      minute = keep ? previous.minute() : SlotMinute.pick(requested.slot(), random);
    }
    return new Schedule(
        requested.type(),
        requested.date(),
        requested.daysOfWeek(),
        requested.dayOfMonth(),
        requested.hour(),
        requested.slot(),
        minute,
        requested.zone());
  }
}
