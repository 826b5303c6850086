package io.lineup.group;

import java.util.Optional;

/** What a group needs to know of the campaigns it may launch. */
public interface CampaignLookup {

  /** The campaign with this id, or empty when there is none. */
  Optional<CampaignRef> find(long id);

  /**
   * @param automaticLaunch whether the campaign also launches on its own schedule
   */
  record CampaignRef(long id, String name, boolean automaticLaunch) {}
}
