package com.gridloop.strategy.offer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Benefits of the acquisition offers: added capacity for customers near their limit. */
final class AcquisitionBenefits {

	/** Power factor assumed when turning kW of demand into kVA of capacity. */
	static final double DESIGN_POWER_FACTOR = 0.9;

	private AcquisitionBenefits() {
	}

	/**
	 * The added kVA that brings the customer's maximum demand down to the target
	 * utilisation of their capacity, rounded up to 10 kVA, valued at the capacity charge
	 * it adds a year. Only for customers above the headroom share for three months in a
	 * row.
	 */
	static Optional<Benefit> capacityExpansion(Offer offer, OfferTags tags, OfferPricing pricing) {
		Optional<OfferPricing.ExpansionFacts> facts = pricing.expansion(tags.customerId());
		if (facts.isEmpty() || facts.get().monthsAbove() < 3 || facts.get().capacityKva() <= 0) {
			return Optional.empty();
		}
		OfferPricing.ExpansionFacts f = facts.get();
		double needed = f.maxDemandKw() / DESIGN_POWER_FACTOR / offer.parameter("target_utilisation", 0.7);
		double added = Math.ceil((needed - f.capacityKva()) / 10) * 10;
		if (added <= 0) {
			return Optional.empty();
		}
		double yearly = added * offer.parameter("capacity_charge_per_kva_month", 26.3) * 12;
		return Optional.of(Benefit.of(yearly, added, "kVA",
				String.format(Locale.ROOT, "近 %d 个月最大需量 %.0f kW，超过合同容量 %.0f kVA 的 %.0f%%：建议增容 %.0f kVA，避免超容与停产风险",
						f.monthsAbove(), f.maxDemandKw(), f.capacityKva(), offer.parameter("headroom", 0.8) * 100,
						added),
				List.of(String.format(Locale.ROOT, "months_above_%.0f%%=%d", offer.parameter("headroom", 0.8) * 100,
						f.monthsAbove()), tags.shown("max_demand_kw"))));
	}

}
