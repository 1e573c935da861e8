package com.gridloop.strategy.campaign;

import java.time.Instant;

/** A campaign's target list was built and published. */
public record CampaignLaunched(String campaignId, String name, Scenario scenario, String offerCode, Channel channel,
		double controlShare, int treatment, int control, int excluded, Instant launchedAt) {
}
