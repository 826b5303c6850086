package io.lineup.campaign;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands a launch to db-scheduler, in the caller's transaction; looks at once after commit. */
@Component
class LaunchDispatcher {

  static final String CAMPAIGN_LAUNCH = "campaign-launch";

  private final ObjectProvider<Scheduler> scheduler;
  private final Clock clock;

  LaunchDispatcher(ObjectProvider<Scheduler> scheduler, Clock clock) {
    this.scheduler = scheduler;
    this.clock = clock;
  }

  void launch(long launchId) {
    scheduler
        .getObject()
        .scheduleIfNotExists(
            new TaskInstance<Void>(CAMPAIGN_LAUNCH, Long.toString(launchId)), clock.instant());
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
