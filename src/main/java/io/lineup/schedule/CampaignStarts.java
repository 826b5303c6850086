package io.lineup.schedule;

import io.lineup.campaign.CampaignChanged;
import io.lineup.campaign.CampaignService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Campaigns' automatic launches, kept in step with their definitions. */
@Component
class CampaignStarts {

  private final StartExecutions executions;
  private final CampaignService campaigns;

  CampaignStarts(StartExecutions executions, CampaignService campaigns) {
    this.executions = executions;
    this.campaigns = campaigns;
  }

  @EventListener
  void on(CampaignChanged changed) {
    executions.sync(Startables.CAMPAIGN_START, changed.campaignId());
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    campaigns.list().stream()
        .filter(c -> c.automaticLaunch().isSet())
        .forEach(c -> executions.ensure(Startables.CAMPAIGN_START, c.id()));
  }
}
