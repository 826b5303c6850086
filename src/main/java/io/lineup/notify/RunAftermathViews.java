package io.lineup.notify;

import io.lineup.campaign.LaunchRepository;
import io.lineup.group.RunAftermath;
import java.util.List;
import org.springframework.stereotype.Component;

/** Fills a group run's view with its campaign launches and its notification mails. */
@Component
class RunAftermathViews implements RunAftermath {

  private final LaunchRepository launches;
  private final Outbox outbox;

  RunAftermathViews(LaunchRepository launches, Outbox outbox) {
    this.launches = launches;
    this.outbox = outbox;
  }

  @Override
  public List<Object> campaignLaunches(long groupRunId) {
    return List.copyOf(launches.findByGroupRun(groupRunId));
  }

  @Override
  public List<Object> notifications(long groupRunId) {
    return List.copyOf(outbox.forGroupRun(groupRunId));
  }
}
