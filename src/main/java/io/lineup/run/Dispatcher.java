package io.lineup.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands work to db-scheduler. Scheduling joins the caller's transaction, so a run and its first
 * execution are committed together; once committed, the scheduler is told to look at once.
 */
@Component
public class Dispatcher {

  static final String GROUP_RUN_STEP = "group-run-step";
  static final String JOB_RUN = "job-run";

  private final ObjectProvider<Scheduler> scheduler;
  private final Clock clock;

  Dispatcher(ObjectProvider<Scheduler> scheduler, Clock clock) {
    this.scheduler = scheduler;
    this.clock = clock;
  }

  void groupStep(StepRef step) {
    now(GROUP_RUN_STEP, step.id());
  }

  void jobRun(long jobRunId) {
    now(JOB_RUN, Long.toString(jobRunId));
  }

  /** Schedules an execution of {@code task} due now, once the caller's transaction commits. */
  public void now(String task, String instanceId) {
    TaskInstance<Void> instance = new TaskInstance<>(task, instanceId);
    scheduler.getObject().scheduleIfNotExists(instance, clock.instant());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              scheduler.getObject().triggerCheckForDueExecutions();
            }
          });
    } else {
      scheduler.getObject().triggerCheckForDueExecutions();
    }
  }
}
