package io.lineup.schedule;

import io.lineup.group.Group;
import io.lineup.group.GroupChanged;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupStatus;
import io.lineup.group.ScheduleType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Groups' scheduled starts: what the API shows, and keeping executions in step with edits. */
@Component
public class GroupStarts {

  static final int MAX_LISTED = 100;

  private final StartExecutions executions;
  private final GroupRepository groups;
  private final Clock clock;

  GroupStarts(StartExecutions executions, GroupRepository groups, Clock clock) {
    this.executions = executions;
    this.groups = groups;
    this.clock = clock;
  }

  /** The next {@code count} starts of the group's schedule (at most 100), whatever its status. */
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

  private static boolean runsOnSchedule(Group group) {
    return group.status() == GroupStatus.ACTIVE && group.schedule().type() != ScheduleType.NONE;
  }

  @EventListener
  void on(GroupChanged changed) {
    executions.sync(Startables.GROUP_START, changed.groupId());
  }

  /** After a restart or an upgrade, every scheduled group has its execution. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    groups.findAll().stream()
        .filter(GroupStarts::runsOnSchedule)
        .forEach(g -> executions.ensure(Startables.GROUP_START, g.id()));
  }
}
