package io.lineup.notify;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Each outbox mail is a db-scheduler execution, rescheduled with backoff until it is sent. */
@Configuration(proxyBeanMethods = false)
class NotifyTasks {

  @Bean
  Task<Void> mailDeliveryTask(@Lazy OutboxDelivery delivery) {
    return Tasks.custom(Outbox.MAIL_DELIVERY, Void.class)
        .execute(
            (instance, context) -> {
              var next = delivery.deliver(Long.parseLong(instance.getId()));
              if (next == null) {
                return new CompletionHandler.OnCompleteRemove<Void>();
              }
              return (complete, operations) -> operations.reschedule(complete, next);
            });
  }
}
