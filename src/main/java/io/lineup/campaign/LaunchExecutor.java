package io.lineup.campaign;

import io.lineup.mail.MailMessage;
import io.lineup.mail.MailSettings;
import io.lineup.mail.Postman;
import io.lineup.mail.RecipientRefusedException;
import io.lineup.run.RunStatus;
import io.lineup.table.TableRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes a launch, one second's worth of messages ({@code lineup.mail.campaign-rate}) per
 * execution; then it asks to run again a second later. The first execution draws up the ledger of
 * recipients; every later one, on any node, goes on from the ledger, so a resumed launch sends
 * nobody the message twice.
 */
@Component
class LaunchExecutor {

  private final LaunchRepository launches;
  private final CampaignRepository campaigns;
  private final TableRepository tables;
  private final Ledger ledger;
  private final Members members;
  private final Postman postman;
  private final MailSettings settings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  LaunchExecutor(
      LaunchRepository launches,
      CampaignRepository campaigns,
      TableRepository tables,
      Ledger ledger,
      Members members,
      Postman postman,
      MailSettings settings,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock) {
    this.launches = launches;
    this.campaigns = campaigns;
    this.tables = tables;
    this.ledger = ledger;
    this.members = members;
    this.postman = postman;
    this.settings = settings;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Sends the next batch; returns when to execute again, or null when the launch has ended. */
  Instant execute(long launchId) {
    Campaign campaign = transaction.execute(tx -> prepare(launchId));
    if (campaign == null) {
      return null;
    }
    List<Ledger.Recipient> batch = ledger.pending(launchId, Math.max(settings.campaignRate(), 1));
    Map<Long, Map<String, Object>> values =
        members.byRiid(campaign.profileList(), batch.stream().map(Ledger.Recipient::riid).toList());
    try (Postman.Connection smtp = postman.connect()) {
      for (Ledger.Recipient recipient : batch) {
        Instant retryAt = send(smtp, launchId, campaign, recipient, values.get(recipient.riid()));
        if (retryAt != null) {
          return retryAt;
        }
      }
    }
    if (ledger.hasPending(launchId)) {
      return clock.instant().plusSeconds(1);
    }
    transaction.executeWithoutResult(tx -> end(launchId, null));
    return null;
  }

  /** The campaign to send, or null when the launch has ended (or has just been ended here). */
  private Campaign prepare(long launchId) {
    Launch launch = launches.find(launchId).orElse(null);
    if (launch == null || launch.status().isTerminal()) {
      return null;
    }
    launches.start(launchId, clock.instant());
    Campaign campaign = campaigns.find(launch.campaignId()).orElse(null);
    if (campaign == null) {
      end(launchId, "Campaign '" + launch.campaignName() + "' no longer exists");
      return null;
    }
    if (launch.targeted() == null) {
      if (tables.find(campaign.profileList()).isEmpty()) {
        end(launchId, "Profile list '" + campaign.profileList() + "' no longer exists");
        return null;
      }
      launches.targeted(launchId, ledger.drawUp(launchId, campaign.profileList()));
    }
    ledger.failInterrupted(launchId);
    return campaign;
  }

  /** Sends to one recipient; returns when to try again if the SMTP server refused it. */
  private Instant send(
      Postman.Connection smtp,
      long launchId,
      Campaign campaign,
      Ledger.Recipient recipient,
      Map<String, Object> values) {
    if (!ledger.claim(launchId, recipient.riid())) {
      return null;
    }
    if (values == null) {
      ledger.failed(launchId, recipient.riid(), "No longer a member of the list");
      return null;
    }
    try {
      smtp.send(message(campaign, recipient.address(), values));
      ledger.sent(launchId, recipient.riid(), clock.instant());
      return null;
    } catch (RecipientRefusedException | MailPreparationException e) {
      ledger.failed(launchId, recipient.riid(), e.getMessage());
      return null;
    } catch (MailException e) {
      // The server is down or failing: every try is on the same (first pending) recipient, so its
      // attempts count the launch's consecutive failures.
      int attempts = recipient.attempts() + 1;
      if (attempts >= settings.maxAttempts()) {
        ledger.failed(launchId, recipient.riid(), e.getMessage());
        ledger.failPending(
            launchId, "Not sent: the SMTP server failed " + attempts + " times in a row");
        return null;
      }
      // the time of the next try is taken before the try is recorded: whoever sees the attempt
      // counted (a test moving the clock) sees it with its retry time already fixed
      Instant next = clock.instant().plus(settings.backoff(attempts));
      ledger.retryLater(launchId, recipient.riid(), e.getMessage());
      return next;
    }
  }

  static MailMessage message(Campaign c, String to, Map<String, Object> values) {
    return new MailMessage(
        c.from(),
        to,
        new Template(c.subject()).render(values, v -> v.replaceAll("[\\r\\n]+", " ")),
        blankToNull(new Template(c.textBody()).render(values, Template::plain)),
        blankToNull(new Template(c.htmlBody()).render(values, Template::html)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Ends the launch: FAILED with {@code error}, or when any recipient could not be sent to. */
  private void end(long launchId, String error) {
    Launch launch = launches.find(launchId).orElseThrow();
    String why = error;
    if (why == null && launch.failed() > 0) {
      why = launch.failed() + " of " + launch.targeted() + " messages could not be sent";
    }
    RunStatus status = why == null ? RunStatus.SUCCEEDED : RunStatus.FAILED;
    if (launches.finish(launchId, status, why, clock.instant())) {
      events.publishEvent(new LaunchFinished(launchId, launch.groupRunId(), status));
    }
  }
}
