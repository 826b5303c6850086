package io.lineup.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A campaign as a client saves it. Subject and bodies may use the list's fields as ${FIELD}. */
public record CampaignRequest(
    String name,
    String profileList,
    @JsonProperty("from") String from,
    String subject,
    String textBody,
    String htmlBody,
    AutomaticLaunch automaticLaunch) {

  public CampaignRequest {
    automaticLaunch = automaticLaunch == null ? AutomaticLaunch.none() : automaticLaunch;
  }
}
