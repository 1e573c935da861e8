package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Scenario;

/**
 * A campaign's target list was built and published.
 *
 * @param offerCode the first of the campaign's offers
 * @param offerCodes every offer the campaign chose from
 * @param holdoutGlobal audience customers left out by the quarter's global holdout
 * @param queued offline targets planned for a later week by manager capacity
 * @param startsOn the first day the effect is measured from when set before the launch
 * day, else null
 */
public record CampaignLaunched(String campaignId, String name, Scenario scenario, String offerCode, Channel channel,
		double controlShare, int treatment, int control, int excluded, Instant launchedAt, List<String> offerCodes,
		int holdoutGlobal, double holdoutShare, int queued, LocalDate startsOn) {
}
