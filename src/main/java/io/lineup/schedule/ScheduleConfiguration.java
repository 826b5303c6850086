package io.lineup.schedule;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The next scheduled start of a group ({@code group-start}), a standalone job ({@code job-start})
 * or a campaign's automatic launch ({@code campaign-start}) is one db-scheduler execution, instance
 * = its id, due at the start. When it has run, it reschedules itself to the following start.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

  /** Where the random minute of a slot comes from; tests replace it with a seeded one. */
  @Bean
  @ConditionalOnMissingBean
  RandomGenerator scheduleRandom() {
    return new SecureRandom();
  }

  @Bean
  Task<Void> groupStartTask(@Lazy ScheduledStart start) {
    return startTask(Startables.GROUP_START, start);
  }

  @Bean
  Task<Void> jobStartTask(@Lazy ScheduledStart start) {
    return startTask(Startables.JOB_START, start);
  }

  @Bean
  Task<Void> campaignStartTask(@Lazy ScheduledStart start) {
    return startTask(Startables.CAMPAIGN_START, start);
  }

  private static Task<Void> startTask(String name, ScheduledStart start) {
    return Tasks.custom(name, Void.class)
        .execute(
            (instance, context) ->
                start.fire(
                    name, Long.parseLong(instance.getId()), context.getExecution().executionTime));
  }
}
