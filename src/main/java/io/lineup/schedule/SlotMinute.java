package io.lineup.schedule;

import java.util.random.RandomGenerator;

/** The four quarters of an hour a schedule chooses from, and the minute picked inside one. */
final class SlotMinute {

  static final int SLOTS = 4;
  static final int MINUTES_PER_SLOT = 15;

  private SlotMinute() {}

  static int pick(int slot, RandomGenerator random) {
    return slot * MINUTES_PER_SLOT + random.nextInt(MINUTES_PER_SLOT);
  }

  static int firstMinute(int slot) {
    return slot * MINUTES_PER_SLOT;
  }
}
