package com.gridloop.strategy.offer;

import java.util.Optional;

/**
 * The ways an offer's benefit is computed; the catalogue names one per offer and gives
 * its parameters. A formula yields nothing when the offer would not benefit the customer,
 * who is then not eligible.
 */
public enum BenefitFormula {

	/** The customer's yearly saving on the time-of-use option of their own tariff. */
	TOU_SAVING((offer, tags, pricing) -> ActivationBenefits.touSaving(tags, pricing)),
	/**
	 * A configured share of the customer's yearly bill, saved by acting on the analysis.
	 */
	BILL_ANALYSIS((offer, tags, pricing) -> ActivationBenefits.billAnalysis(offer, tags)),
	/** A service action for the customer's risk tier, valued at the revenue at risk. */
	RETENTION((offer, tags, pricing) -> RetentionBenefits.serviceAction(offer, tags)),
	/** The yearly power-factor adjustment avoided by capacitors sized to a target PF. */
	REACTIVE_COMPENSATION((offer, tags, pricing) -> ValueAddedBenefits.reactiveCompensation(offer, tags, pricing)),
	/** A configured share of kWh saved by an audit and its measures. */
	EFFICIENCY_AUDIT((offer, tags, pricing) -> ValueAddedBenefits.efficiencyAudit(offer, tags)),
	/** Rooftop PV sized to daytime use and a battery moving valley kWh to the peak. */
	PV_STORAGE((offer, tags, pricing) -> ValueAddedBenefits.pvStorage(offer, tags, pricing)),
	/** Added contracted capacity for a customer whose demand stays near the limit. */
	CAPACITY_EXPANSION((offer, tags, pricing) -> AcquisitionBenefits.capacityExpansion(offer, tags, pricing));

	/** How a formula computes a benefit. */
	@FunctionalInterface
	interface Computation {

		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing);

	}

	private final Computation computation;

	BenefitFormula(Computation computation) {
		this.computation = computation;
	}

	Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
		return this.computation.apply(offer, tags, pricing);
	}

	/**
	 * The offer's benefit for the customer, or nothing when it would not benefit them.
	 */
	public static Optional<Benefit> benefit(Offer offer, OfferTags tags, OfferPricing pricing) {
		return offer.formula().apply(offer, tags, pricing).filter(b -> b.valueYuan() > 0);
	}

}
