package io.lineup.run;

import static io.lineup.run.RunStatus.CANCELLED;
import static io.lineup.run.RunStatus.FAILED;
import static io.lineup.run.RunStatus.QUEUED;
import static io.lineup.run.RunStatus.RUNNING;
import static io.lineup.run.RunStatus.SKIPPED;
import static io.lineup.run.RunStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RunStatusTest {

  @Test
  void aQueuedRunStartsOrEndsWithoutRunning() {
    assertThat(allowedFrom(QUEUED)).containsExactlyInAnyOrder(RUNNING, SKIPPED, CANCELLED, FAILED);
  }

  @Test
  void aRunningRunEndsOneOfThreeWays() {
    assertThat(allowedFrom(RUNNING)).containsExactlyInAnyOrder(SUCCEEDED, FAILED, CANCELLED);
  }

  @Test
  void endedRunsNeverMoveAgain() {
    for (RunStatus ended : EnumSet.of(SUCCEEDED, FAILED, SKIPPED, CANCELLED)) {
      assertThat(ended.isTerminal()).isTrue();
      assertThat(allowedFrom(ended)).isEmpty();
    }
    assertThat(QUEUED.isTerminal()).isFalse();
    assertThat(RUNNING.isTerminal()).isFalse();
  }

  @Test
  void aForbiddenMoveIsRefusedWithBothStatesNamed() {
    assertThatThrownBy(() -> SUCCEEDED.moveTo(RUNNING))
        .isInstanceOf(IllegalRunTransitionException.class)
        .hasMessage("A run cannot go from SUCCEEDED to RUNNING");
    assertThat(QUEUED.moveTo(RUNNING)).isEqualTo(RUNNING);
  }

  @Test
  void fromListsEveryStatusThatMayMoveToATarget() {
    assertThat(RunStatus.from(RUNNING)).containsExactly(QUEUED);
    assertThat(RunStatus.from(CANCELLED)).containsExactlyInAnyOrder(QUEUED, RUNNING);
    assertThat(RunStatus.from(SUCCEEDED)).containsExactly(RUNNING);
    assertThat(RunStatus.from(QUEUED)).isEmpty();
  }

  private static EnumSet<RunStatus> allowedFrom(RunStatus from) {
    EnumSet<RunStatus> allowed = EnumSet.noneOf(RunStatus.class);
    for (RunStatus to : RunStatus.values()) {
      if (from.canMoveTo(to)) {
        allowed.add(to);
      }
    }
    return allowed;
  }
}
