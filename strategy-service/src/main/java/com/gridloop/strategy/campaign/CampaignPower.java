package com.gridloop.strategy.campaign;

import com.gridloop.common.stats.PowerAnalysis;
import com.gridloop.strategy.audience.Audiences;
import com.gridloop.strategy.offer.Offer;
import com.gridloop.strategy.offer.OfferCatalogue;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The power of a campaign's conversion comparison, with the calculation evaluation serves
 * at {@code GET /api/v1/evaluation/power} (one formula, in {@code common}): for a draft
 * on the customers its audience matches now less the quarter's global holdout, for a
 * launched campaign on its targets. The baseline is the mean prior conversion rate of the
 * campaign's offers.
 */
@Component
record CampaignPower(Audiences audiences, OfferCatalogue offers, StrategyProperties properties) {

	/** Two-sided significance level, as evaluation uses. */
	static final double ALPHA = 0.05;

	/** The uplift whose power is quoted beside the minimum detectable one: 2 points. */
	static final double QUOTED_UPLIFT = 0.02;

	/**
	 * The power, or null when it cannot be told: no offer with a prior rate, or too few
	 * customers for both arms, or a draft's rule no longer valid (a tag gone).
	 */
	PowerAnalysis of(Campaign c) {
		double baseline = c.offerCodes()
			.stream()
			.map(this.offers::find)
			.flatMap(java.util.Optional::stream)
			.mapToDouble(Offer::priorRate)
			.average()
			.orElse(Double.NaN);
		if (!(baseline > 0 && baseline + QUOTED_UPLIFT < 1) || c.controlShare() <= 0) {
			return null;
		}
		try {
			long n = c.status() == Campaign.Status.DRAFT
					? Math.round(this.audiences.count(this.audiences.parse(TargetPlanner.audienceRule(c)))
							* (1 - this.properties.holdoutShare()))
					: c.targets();
			return PowerAnalysis.of(baseline, QUOTED_UPLIFT, c.controlShare(), n, ALPHA);
		}
		catch (IllegalArgumentException | ErrorResponseException tooFewOrRuleNoLongerValid) {
			return null;
		}
	}

}
