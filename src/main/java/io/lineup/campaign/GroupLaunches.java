package io.lineup.campaign;

import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRunRepository;
import io.lineup.run.GroupRunFinished;
import io.lineup.run.RunStatus;
import io.lineup.run.Trigger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A group's post-processing: after a successful run, launch the chosen campaigns one after the
 * other, in order; when the last has ended (or there is none), the run is post-processed.
 */
@Component
class GroupLaunches {

  private final GroupRunRepository groupRuns;
  private final GroupRepository groups;
  private final CampaignRepository campaigns;
  private final LaunchRepository launches;
  private final LaunchDispatcher dispatcher;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  GroupLaunches(
      GroupRunRepository groupRuns,
      GroupRepository groups,
      CampaignRepository campaigns,
      LaunchRepository launches,
      LaunchDispatcher dispatcher,
      ApplicationEventPublisher events,
      Clock clock) {
    this.groupRuns = groupRuns;
    this.groups = groups;
    this.campaigns = campaigns;
    this.launches = launches;
    this.dispatcher = dispatcher;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void on(GroupRunFinished finished) {
    if (finished.status() == RunStatus.SUCCEEDED) {
      groupRuns
          .find(finished.groupRunId())
          .flatMap(run -> groups.find(run.groupId()))
          .filter(group -> group.postProcessing().launchCampaigns())
          .ifPresent(group -> queue(finished.groupRunId(), group));
    }
    next(finished.groupRunId());
  }

  @EventListener
  void on(LaunchFinished finished) {
    if (finished.groupRunId() != null) {
      next(finished.groupRunId());
    }
  }

  private void queue(long runId, Group group) {
    List<Long> ids = group.postProcessing().campaignIds();
    for (int i = 0; i < ids.size(); i++) {
      long campaignId = ids.get(i);
      Optional<Campaign> campaign = campaigns.find(campaignId);
      String name = campaign.map(Campaign::name).orElse("campaign " + campaignId);
      long launchId = launches.create(campaignId, name, Trigger.GROUP, runId, i, clock.instant());
      if (campaign.isEmpty()) {
        launches.finish(
            launchId,
            RunStatus.FAILED,
            "Campaign " + campaignId + " does not exist",
            clock.instant());
      }
    }
  }

  private void next(long runId) {
    launches
        .nextQueued(runId)
        .ifPresentOrElse(
            dispatcher::launch, () -> events.publishEvent(new RunPostProcessed(runId)));
  }
}
