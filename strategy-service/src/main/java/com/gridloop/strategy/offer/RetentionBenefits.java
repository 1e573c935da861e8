package com.gridloop.strategy.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Retention: a risk tier from churn risk, arrears risk, complaints and outage minutes
 * against the service commitments, and the service action of the tier.
 */
final class RetentionBenefits {

	/** Risk tiers, highest first. */
	enum Tier {

		HIGH, MEDIUM, LOW, NONE

	}

	/** A customer's tier and the signals that put them in it. */
	record Assessment(Tier tier, int points, List<String> signals) {
	}

	/** Restoration commitment in town: power back within 3 hours of a fault. */
	static final double RESTORATION_MINUTES = 180;

	private RetentionBenefits() {
	}

	/**
	 * Points for each risk signal: churn risk 0.3 or more (2), 0.15 or more (1); arrears
	 * risk 0.3 or more (1); two complaints or more in a year (2), one (1); outage minutes
	 * in 90 days beyond the restoration commitment (1). Three points or more is HIGH, two
	 * MEDIUM, one LOW.
	 */
	static Assessment assess(OfferTags tags) {
		int points = 0;
		List<String> signals = new ArrayList<>();
		Double churn = tags.number("churn_risk");
		if (churn != null && churn >= 0.15) {
			points += churn >= 0.3 ? 2 : 1;
			signals.add(tags.shown("churn_risk"));
		}
		Double arrears = tags.number("arrears_risk");
		if (arrears != null && arrears >= 0.3) {
			points += 1;
			signals.add(tags.shown("arrears_risk"));
		}
		Double complaints = tags.number("complaints_12m");
		if (complaints != null && complaints >= 1) {
			points += complaints >= 2 ? 2 : 1;
			signals.add(tags.shown("complaints_12m"));
		}
		Double outage = tags.number("outage_minutes_90d");
		if (outage != null && outage > RESTORATION_MINUTES) {
			points += 1;
			signals.add(tags.shown("outage_minutes_90d"));
		}
		Tier tier = points >= 3 ? Tier.HIGH : points == 2 ? Tier.MEDIUM : points == 1 ? Tier.LOW : Tier.NONE;
		return new Assessment(tier, points, signals);
	}

	/**
	 * The offer's service action when the customer's tier is the offer's; its value is
	 * the yearly revenue at risk (annual revenue × churn risk).
	 */
	static Optional<Benefit> serviceAction(Offer offer, OfferTags tags) {
		Assessment a = assess(tags);
		Double revenue = tags.number("annual_revenue");
		Double churn = tags.number("churn_risk");
		if (a.tier() == Tier.NONE || !a.tier().name().equals(offer.text("tier", "")) || revenue == null
				|| churn == null) {
			return Optional.empty();
		}
		double atRisk = Math.round(revenue * churn * 100) / 100.0;
		return Optional.of(Benefit.of(atRisk, atRisk, "yuan/year at risk", String.format(Locale.ROOT, "%s（风险等级 %s）：%s",
				offer.text("action_zh", offer.nameZh()), a.tier(), offer.text("commitment", "")), a.signals()));
	}

}
