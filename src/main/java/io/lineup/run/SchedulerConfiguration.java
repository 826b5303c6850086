package io.lineup.run;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lineup.LineupProperties;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Every run is a db-scheduler execution in the database, so any node can pick it up and a run
 * outlives the node that started it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

  @Bean
  Task<Void> groupRunStepTask(@Lazy GroupRunExecutor executor) {
    return Tasks.oneTime(Dispatcher.GROUP_RUN_STEP)
        .execute((instance, context) -> executor.executeStep(StepRef.parse(instance.getId())));
  }

  @Bean
  Task<Void> jobRunTask(@Lazy JobRunExecutor executor) {
    return Tasks.oneTime(Dispatcher.JOB_RUN)
        .execute(
            (instance, context) -> executor.executeStandalone(Long.parseLong(instance.getId())));
  }

  /** db-scheduler reads time from the same clock as the rest of Lineup. */
  @Bean
  com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
    return clock::instant;
  }

  /** Each node names itself, so that at start-up it can take back the runs it held when it died. */
  @Bean
  DbSchedulerCustomizer dbSchedulerCustomizer(LineupProperties properties) {
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<SchedulerName> schedulerName() {
        return Optional.of(new SchedulerName.Fixed(properties.nodeName()));
      }
    };
  }
}
