package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.stats.PowerAnalysis;
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
 * @param startsOn the first day the effect is measured from, when set before the launch
 * day
 * @param fallbackHours hours after an unanswered message before an account manager
 * follows up; null for reach's default
 * @param power the conversion comparison's power and minimum detectable uplift at 80 %
 * power ({@code mdeAt80}): for a draft on the customers its audience matches now, once
 * launched on its targets; null when the offers have no prior rate or an arm would be
 * empty
 */
public record CampaignView(UUID id, String name, Scenario scenario, String offerCode, List<String> offerCodes,
		Channel channel, List<TagCondition> audience, String audienceRule, double controlShare, double peakShift,
		Campaign.Status status, int targets, int treatment, int control, int excluded, int holdoutGlobal, int queued,
		String createdBy, Instant createdAt, Instant launchedAt, LocalDate startsOn, Integer fallbackHours,
		PowerAnalysis power, Object latestResult) {
}
