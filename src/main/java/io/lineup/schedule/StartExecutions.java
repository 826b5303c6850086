package io.lineup.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the one start execution of a group or job in step with its definition: one due at its next
 * start while it runs on schedule, none otherwise. Joins the caller's transaction.
 */
@Component
class StartExecutions {

  private final ObjectProvider<Scheduler> scheduler;
  private final Startables startables;
  private final Clock clock;

  StartExecutions(ObjectProvider<Scheduler> scheduler, Startables startables, Clock clock) {
    this.scheduler = scheduler;
    this.startables = startables;
    this.clock = clock;
  }

  /** At start-up: adds the execution of a group or job that should have one and has none. */
  void ensure(String task, long id) {
    Instant now = clock.instant();
    startables
        .find(task, id)
        .map(s -> s.rule().next(now))
        .ifPresent(
            next ->
                scheduler
                    .getObject()
                    .scheduleIfNotExists(new TaskInstance<>(task, Long.toString(id)), next));
  }

  void sync(String task, long id) {
    TaskInstance<Void> instance = new TaskInstance<>(task, Long.toString(id));
    Instant now = clock.instant();
    Instant next = startables.find(task, id).map(s -> s.rule().next(now)).orElse(null);
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
    Instant scheduled = existing.get().getExecutionTime();
    if (next == null) {
      client.cancel(instance);
    } else if (scheduled.isAfter(now) && !scheduled.equals(next)) {
      // an overdue start is left alone: it is about to run, or to be caught up
      client.reschedule(instance, next);
    }
  }
}
