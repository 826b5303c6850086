package io.lineup.notify;

import io.lineup.mail.MailMessage;
import io.lineup.mail.MailSettings;
import io.lineup.mail.Postman;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * Delivers one outbox mail. When the SMTP server does not take it, the next try waits twice as long
 * as the last; after {@code lineup.mail.max-attempts} tries the mail is marked FAILED.
 */
@Component
class OutboxDelivery {

  private final Outbox outbox;
  private final Postman postman;
  private final MailSettings settings;
  private final Clock clock;

  OutboxDelivery(Outbox outbox, Postman postman, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.postman = postman;
    this.settings = settings;
    this.clock = clock;
  }

  /** Returns when to try again, or null when the mail is sent or has failed for good. */
  Instant deliver(long id) {
    Optional<MailMessage> mail = outbox.pending(id);
    if (mail.isEmpty()) {
      return null;
    }
    try {
      postman.send(mail.get());
      outbox.sent(id, clock.instant());
      return null;
    } catch (MailPreparationException e) {
      outbox.failed(id, e.getMessage()); // trying again would build the same bad message
      return null;
    } catch (MailException e) {
      int attempts = outbox.attempts(id) + 1;
      if (attempts >= settings.maxAttempts()) {
        outbox.failed(id, e.getMessage());
        return null;
      }
      Instant next = clock.instant().plus(settings.backoff(attempts));
      outbox.retryAt(id, e.getMessage(), next);
      return next;
    }
  }
}
