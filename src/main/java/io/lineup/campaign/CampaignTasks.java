package io.lineup.campaign;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** A launch is a db-scheduler execution that reschedules itself until every recipient is done. */
@Configuration(proxyBeanMethods = false)
class CampaignTasks {

  @Bean
  Task<Void> campaignLaunchTask(@Lazy LaunchExecutor executor) {
    return Tasks.custom(LaunchDispatcher.CAMPAIGN_LAUNCH, Void.class)
        .execute((instance, context) -> then(executor.execute(Long.parseLong(instance.getId()))));
  }

  /** Removes the execution when done, or runs it again at {@code next}. */
  static CompletionHandler<Void> then(Instant next) {
    if (next == null) {
      return new CompletionHandler.OnCompleteRemove<>();
    }
    return (complete, operations) -> operations.reschedule(complete, next);
  }
}
