package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlotMinuteTest {

  /** Chi-square with 14 degrees of freedom exceeds this with probability 0.001. */
  private static final double CRITICAL_14_DOF = 36.123;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void theMinuteIsAlwaysInsideItsSlotAndSpreadUniformly(int slot) {
    Random random = new Random(20260302L + slot);
    int picks = 10_000;
    int[] counts = new int[15];
    for (int i = 0; i < picks; i++) {
      int minute = SlotMinute.pick(slot, random);
      assertThat(minute).isBetween(slot * 15, slot * 15 + 14);
      counts[minute - slot * 15]++;
    }
    double expected = picks / 15.0;
    double chiSquare = 0;
    for (int count : counts) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    assertThat(counts).doesNotContain(0);
    assertThat(chiSquare).isLessThan(CRITICAL_14_DOF);
  }
}
