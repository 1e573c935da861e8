package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.tags.TagCondition;

/**
 * A campaign as the API shows it, with the latest evaluation result when there is one.
 */
public record CampaignView(UUID id, String name, Scenario scenario, String offerCode, Channel channel,
		List<TagCondition> audience, double controlShare, double peakShift, Campaign.Status status, int targets,
		int treatment, int control, int excluded, String createdBy, Instant createdAt, Instant launchedAt,
		Object latestResult) {
}
