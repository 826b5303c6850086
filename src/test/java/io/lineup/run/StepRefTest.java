package io.lineup.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepRefTest {

  @Test
  void anExecutionIdNamesTheRunAndThePosition() {
    StepRef step = StepRef.parse("42:3");
    assertThat(step).isEqualTo(new StepRef(42, 3));
    assertThat(step.id()).isEqualTo("42:3");
    assertThat(step.next()).isEqualTo(new StepRef(42, 4));
  }
}
