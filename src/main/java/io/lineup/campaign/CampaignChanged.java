package io.lineup.campaign;

/** A campaign was saved or deleted: its automatic launches may have moved. */
public record CampaignChanged(long campaignId) {}
