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
 * A group's next scheduled start is one db-scheduler execution, instance = the group id, due at the
 * start. When it has run, it reschedules itself to the group's following start.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

  static final String GROUP_START = "group-start";

  /** Where the random minute of a slot comes from; tests replace it with a seeded one. */
  @Bean
  @ConditionalOnMissingBean
  RandomGenerator scheduleRandom() {
    return new SecureRandom();
  }

  @Bean
  Task<Void> groupStartTask(@Lazy ScheduledGroupStart start) {
    return Tasks.custom(GROUP_START, Void.class)
        .execute(
            (instance, context) ->
                start.fire(Long.parseLong(instance.getId()), context.getExecution().executionTime));
  }
}
