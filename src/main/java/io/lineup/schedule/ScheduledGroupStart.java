package io.lineup.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import io.lineup.common.LineupException;
import io.lineup.common.NotActivatableException;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A group's scheduled start has come due: start a run, or record why it did not run, then move the
 * execution on to the group's next start (or remove it when there is none).
 */
@Component
class ScheduledGroupStart {

  /** Missed starts recorded one by one, newest kept; older ones are counted in the oldest. */
  static final int MAX_MISSED_RECORDED = 100;

  private final GroupRepository groups;
  private final RunService runs;
  private final SkippedStarts skipped;
  private final Duration catchUpWindow;
  private final Clock clock;

  ScheduledGroupStart(
      GroupRepository groups,
      RunService runs,
      SkippedStarts skipped,
      @Value("${lineup.catch-up-window:24h}") Duration catchUpWindow,
      Clock clock) {
    this.groups = groups;
    this.runs = runs;
    this.skipped = skipped;
    this.catchUpWindow = catchUpWindow;
    this.clock = clock;
  }

  CompletionHandler<Void> fire(long groupId, Instant due) {
    Instant now = clock.instant();
    groups.find(groupId).filter(GroupStarts::runsOnSchedule).ifPresent(g -> handle(g, due, now));
    Instant after = now.isAfter(due) ? now : due;
    Instant next =
        groups
            .find(groupId)
            .filter(GroupStarts::runsOnSchedule)
            .map(g -> StartRules.of(g.schedule()).next(after))
            .orElse(null);
    return (complete, operations) -> {
      if (next == null) {
        operations.remove();
      } else {
        operations.reschedule(complete, next);
      }
    };
  }

  private void handle(Group group, Instant due, Instant now) {
    CatchUp plan = CatchUp.plan(StartRules.of(group.schedule()), due, now, catchUpWindow);
    recordMissed(group, plan.missed(), now);
    if (plan.run() != null) {
      start(group, plan.run(), now);
    }
  }

  private void start(Group group, Instant due, Instant now) {
    try {
      runs.startGroup(group.id(), Trigger.SCHEDULE);
    } catch (NotActivatableException e) {
      String errors =
          e.errors().stream()
              .map(f -> f.field() + " " + f.message())
              .collect(Collectors.joining("; "));
      skipped.record(group, due, now, "Not started: " + e.getMessage() + ": " + errors);
    } catch (LineupException e) {
      skipped.record(group, due, now, "Skipped: " + e.getMessage());
    }
  }

  private void recordMissed(Group group, List<Instant> missed, Instant now) {
    int from = Math.max(0, missed.size() - MAX_MISSED_RECORDED);
    for (int i = from; i < missed.size(); i++) {
      String earlier = i == from && from > 0 ? " (and " + from + " earlier starts)" : "";
      skipped.record(
          group,
          missed.get(i),
          now,
          "Missed: no Lineup node was running within "
              + catchUpWindow
              + " of this scheduled start"
              + earlier);
    }
  }
}
