package com.gridloop.strategy.offer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Benefits of the acquisition offers: added capacity for customers near their limit. */
final class AcquisitionBenefits {

	private AcquisitionBenefits() {
	}

	/**
	 * The kVA acquisition suggests adding (up to the smallest standard transformer size
	 * the demand fills to 80 % at most), valued at the capacity charge it adds a year.
	 * Only for customers above 80 % of their capacity for three months in a row.
	 */
	static Optional<Benefit> capacityExpansion(Offer offer, OfferTags tags, OfferPricing pricing) {
		Optional<OfferPricing.ExpansionFacts> facts = pricing.expansion(tags.customerId());
		if (facts.isEmpty() || facts.get().monthsAbove() < 3 || facts.get().capacityKva() <= 0) {
			return Optional.empty();
		}
		OfferPricing.ExpansionFacts f = facts.get();
		double added = f.suggestedAddedKva();
		if (added <= 0) {
			return Optional.empty();
		}
		double yearly = added * offer.parameter("capacity_charge_per_kva_month", 26.3) * 12;
		return Optional.of(Benefit.of(yearly, added, "kVA",
				String.format(Locale.ROOT, "近 %d 个月最大需量 %.0f kW，超过合同容量 %.0f kVA 的 80%%：建议增容 %.0f kVA，避免超容与停产风险",
						f.monthsAbove(), f.maxDemandKw(), f.capacityKva(), added),
				List.of("months_above_80%=" + f.monthsAbove(), "contracted_kva=" + f.capacityKva(),
						String.format(Locale.ROOT, "monthly_max_demand_kw=%.1f", f.maxDemandKw()))));
	}

}
