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
class Dispatcher {

  static final String GROUP_RUN_STEP = "group-run-step";
  static final String JOB_RUN = "job-run";

  private final ObjectProvider<Scheduler> scheduler;
  private final Clock clock;

  Dispatcher(ObjectProvider<Scheduler> scheduler, Clock clock) {
    this.scheduler = scheduler;
    this.clock = clock;
  }

  void groupStep(StepRef step) {
    schedule(new TaskInstance<Void>(GROUP_RUN_STEP, step.id()));
  }

  void jobRun(long jobRunId) {
    schedule(new TaskInstance<Void>(JOB_RUN, Long.toString(jobRunId)));
  }

  private void schedule(TaskInstance<Void> instance) {
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
