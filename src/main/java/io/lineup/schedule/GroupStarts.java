package io.lineup.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.lineup.group.Group;
import io.lineup.group.GroupChanged;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupStatus;
import io.lineup.group.ScheduleType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each group's one scheduled-start execution in step with its definition: an ACTIVE group
 * with a schedule has exactly one, due at its next start; any other group has none.
 */
@Component
public class GroupStarts {

  static final int MAX_LISTED = 100;

  private final ObjectProvider<Scheduler> scheduler;
  private final GroupRepository groups;
  private final Clock clock;

  GroupStarts(ObjectProvider<Scheduler> scheduler, GroupRepository groups, Clock clock) {
    this.scheduler = scheduler;
    this.groups = groups;
    this.clock = clock;
  }

  static boolean runsOnSchedule(Group group) {
    return group.status() == GroupStatus.ACTIVE && group.schedule().type() != ScheduleType.NONE;
  }

  /** The next {@code count} starts of the group's schedule, whatever its status. */
  public List<Instant> upcoming(Group group, int count) {
    StartRule rule = StartRules.of(group.schedule());
    List<Instant> starts = new ArrayList<>();
    Instant at = clock.instant();
    while (starts.size() < Math.min(Math.max(count, 1), MAX_LISTED)
        && (at = rule.next(at)) != null) {
      starts.add(at);
    }
    return starts;
  }

  /** When the group next starts on its own: null unless it is ACTIVE with a schedule. */
  public Instant nextRunAt(Group group) {
    return runsOnSchedule(group) ? StartRules.of(group.schedule()).next(clock.instant()) : null;
  }

  @EventListener
  void on(GroupChanged changed) {
    sync(changed.groupId());
  }

  /** After a restart or an upgrade, every scheduled group has its execution. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    groups.findAll().stream().filter(GroupStarts::runsOnSchedule).forEach(g -> sync(g.id()));
  }

  void sync(long groupId) {
    TaskInstance<Void> instance =
        new TaskInstance<>(ScheduleConfiguration.GROUP_START, Long.toString(groupId));
    Instant now = clock.instant();
    Instant next =
        groups
            .find(groupId)
            .filter(GroupStarts::runsOnSchedule)
            .map(g -> StartRules.of(g.schedule()).next(now))
            .orElse(null);
    Scheduler client = scheduler.getObject();
    Optional<ScheduledExecution<Object>> existing = client.getScheduledExecution(instance);
    if (existing.isEmpty()) {
      if (next != null) {
        client.scheduleIfNotExists(instance, next);
      }
      return;
    }
    if (existing.get().isPicked()) {
      return; // the start being handled now moves on from the saved definition when it completes
    }
    if (next == null) {
      client.cancel(instance);
    } else if (existing.get().getExecutionTime().isAfter(now)
        && !existing.get().getExecutionTime().equals(next)) {
      client.reschedule(instance, next);
    }
  }
}
