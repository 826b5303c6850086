package io.lineup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.ScheduleType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CatchUpTest {

  private static final StartRule DAILY_0210_UTC =
      StartRules.of(StartRulesTest.schedule(ScheduleType.DAILY, 2, 10, "UTC"));
  private static final Duration WINDOW = Duration.ofHours(24);
  private static final Instant DUE = Instant.parse("2026-03-02T02:10:00Z");

  @Test
  void aStartOnTimeRuns() {
    CatchUp plan = CatchUp.plan(DAILY_0210_UTC, DUE, DUE.plusMillis(300), WINDOW);
    assertThat(plan.run()).isEqualTo(DUE);
    assertThat(plan.missed()).isEmpty();
  }

  @Test
  void afterDowntimeOnlyTheLatestStartInsideTheWindowRunsAndOlderOnesAreMissed() {
    Instant now = Instant.parse("2026-03-05T09:00:00Z");
    CatchUp plan = CatchUp.plan(DAILY_0210_UTC, DUE, now, WINDOW);
    assertThat(plan.run()).isEqualTo(Instant.parse("2026-03-05T02:10:00Z"));
    assertThat(plan.missed())
        .containsExactly(
            DUE, Instant.parse("2026-03-03T02:10:00Z"), Instant.parse("2026-03-04T02:10:00Z"));
  }

  @Test
  void aStartOlderThanTheWindowIsOnlyMissed() {
    Instant now = DUE.plus(Duration.ofHours(20));
    CatchUp plan = CatchUp.plan(DAILY_0210_UTC, DUE, now, Duration.ofHours(6));
    assertThat(plan.run()).isNull();
    assertThat(plan.missed()).containsExactly(DUE);
  }

  @Test
  void aStartExactlyAtTheEdgeOfTheWindowStillRuns() {
    CatchUp plan =
        CatchUp.plan(DAILY_0210_UTC, DUE, DUE.plus(Duration.ofHours(6)), Duration.ofHours(6));
    assertThat(plan.run()).isEqualTo(DUE);
  }
}
