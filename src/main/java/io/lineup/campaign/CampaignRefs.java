package io.lineup.campaign;

import io.lineup.group.CampaignLookup;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class CampaignRefs implements CampaignLookup {

  private final CampaignRepository campaigns;

  CampaignRefs(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public Optional<CampaignRef> find(long id) {
    return campaigns
        .find(id)
        .map(c -> new CampaignRef(c.id(), c.name(), c.automaticLaunch().isSet()));
  }
}
