package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Scenario;

/**
 * A campaign as the API shows it, with the latest evaluation result when there is one.
 *
 * @param offerCode the first of the campaign's offers
 * @param offerCodes the offers each customer's best one is chosen from
 * @param channel the channel used when neither the customer's preference nor the offer
 * decides
 * @param audience the audience as conditions that all must hold (older campaigns)
 * @param audienceRule the audience in the rule language
 * @param holdoutGlobal customers of the audience left out by the quarter's global holdout
 * @param queued offline targets scheduled for a later week by their manager's capacity
 */
public record CampaignView(UUID id, String name, Scenario scenario, String offerCode, List<String> offerCodes,
		Channel channel, List<TagCondition> audience, String audienceRule, double controlShare, double peakShift,
		Campaign.Status status, int targets, int treatment, int control, int excluded, int holdoutGlobal, int queued,
		String createdBy, Instant createdAt, Instant launchedAt, Object latestResult) {
}
