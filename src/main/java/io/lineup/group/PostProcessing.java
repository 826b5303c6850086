package io.lineup.group;

import java.util.List;

/** What happens after a successful run: launch the chosen campaigns, in order. */
public record PostProcessing(Boolean launchCampaigns, List<Long> campaignIds) {

  public PostProcessing {
    launchCampaigns = launchCampaigns != null && launchCampaigns;
    campaignIds = campaignIds == null ? List.of() : List.copyOf(campaignIds);
  }

  public static PostProcessing none() {
    return new PostProcessing(false, List.of());
  }
}
