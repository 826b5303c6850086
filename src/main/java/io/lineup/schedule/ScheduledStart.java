package io.lineup.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import io.lineup.common.LineupException;
import io.lineup.common.NotActivatableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A scheduled start has come due: start a run, or record why it did not run, then move the
 * execution on to the next start (or remove it when there is none).
 */
@Component
class ScheduledStart {

  /** Missed starts recorded one by one, newest kept; older ones are counted in the oldest. */
  static final int MAX_MISSED_RECORDED = 100;

  private final Startables startables;
  private final Duration catchUpWindow;
  private final Clock clock;

  ScheduledStart(
      Startables startables,
      @Value("${lineup.catch-up-window:24h}") Duration catchUpWindow,
      Clock clock) {
    this.startables = startables;
    this.catchUpWindow = catchUpWindow;
    this.clock = clock;
  }

  CompletionHandler<Void> fire(String task, long id, Instant due) {
    Instant now = clock.instant();
    startables.find(task, id).ifPresent(s -> handle(s, due, now));
    Instant after = now.isAfter(due) ? now : due;
    Instant next = startables.find(task, id).map(s -> s.rule().next(after)).orElse(null);
    return (complete, operations) -> {
      if (next == null) {
        operations.remove();
      } else {
        operations.reschedule(complete, next);
      }
    };
  }

  private void handle(Startable startable, Instant due, Instant now) {
    CatchUp plan = CatchUp.plan(startable.rule(), due, now, catchUpWindow);
    recordMissed(startable, plan.missed(), now);
    if (plan.run() != null) {
      start(startable, plan.run(), now);
    }
  }

  private void start(Startable startable, Instant due, Instant now) {
    try {
      startable.start();
    } catch (NotActivatableException e) {
      String errors =
          e.errors().stream()
              .map(f -> f.field() + " " + f.message())
              .collect(Collectors.joining("; "));
      startable.recordSkipped(due, now, "Not started: " + e.getMessage() + ": " + errors);
    } catch (LineupException e) {
      startable.recordSkipped(due, now, "Skipped: " + e.getMessage());
    }
  }

  private void recordMissed(Startable startable, List<Instant> missed, Instant now) {
    int from = Math.max(0, missed.size() - MAX_MISSED_RECORDED);
    for (int i = from; i < missed.size(); i++) {
      String earlier = i == from && from > 0 ? " (and " + from + " earlier starts)" : "";
      startable.recordSkipped(
          missed.get(i),
          now,
          "Missed: no Lineup node was running within "
              + catchUpWindow
              + " of this scheduled start"
              + earlier);
    }
  }
}
