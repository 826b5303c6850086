package io.lineup.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Lineup sends mail ({@code lineup.mail.*}); the SMTP server itself is set with the standard
 * {@code spring.mail.*} properties.
 *
 * @param from the sender of notifications
 * @param maxAttempts tries per message before it is marked failed
 * @param retryDelay the wait after the first failed try; it doubles after each further one
 * @param campaignRate campaign messages sent per second, at most
 */
@ConfigurationProperties("lineup.mail")
public record MailSettings(
    @DefaultValue("lineup@localhost") String from,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("30s") Duration retryDelay,
    @DefaultValue("50") int campaignRate) {

  private static final Duration MAX_DELAY = Duration.ofHours(1);

  /** The wait before the next try, after {@code attempts} failed ones. */
  public Duration backoff(int attempts) {
    Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }
}
