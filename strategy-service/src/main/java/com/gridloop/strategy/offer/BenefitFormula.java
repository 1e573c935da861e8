package com.gridloop.strategy.offer;

import java.util.Optional;

/**
 * The ways an offer's benefit is computed; the catalogue names one per offer and gives
 * its parameters. A formula yields nothing when the offer would not benefit the customer,
 * who is then not eligible.
 */
public enum BenefitFormula {

	/** The customer's yearly saving on the time-of-use option of their own tariff. */
	TOU_SAVING {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return ActivationBenefits.touSaving(tags, pricing);
		}
	},
	/**
	 * A configured share of the customer's yearly bill, saved by acting on the analysis.
	 */
	BILL_ANALYSIS {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return ActivationBenefits.billAnalysis(offer, tags);
		}
	},
	/** A service action for the customer's risk tier, valued at the revenue at risk. */
	RETENTION {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return RetentionBenefits.serviceAction(offer, tags);
		}
	},
	/** The yearly power-factor adjustment avoided by capacitors sized to a target PF. */
	REACTIVE_COMPENSATION {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return ValueAddedBenefits.reactiveCompensation(offer, tags, pricing);
		}
	},
	/** A configured share of kWh saved by an audit and its measures. */
	EFFICIENCY_AUDIT {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return ValueAddedBenefits.efficiencyAudit(offer, tags);
		}
	},
	/** Rooftop PV sized to daytime use and a battery moving valley kWh to the peak. */
	PV_STORAGE {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return ValueAddedBenefits.pvStorage(offer, tags, pricing);
		}
	},
	/** Added contracted capacity for a customer whose demand stays near the limit. */
	CAPACITY_EXPANSION {
		@Override
		Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing) {
			return AcquisitionBenefits.capacityExpansion(offer, tags, pricing);
		}
	};

	abstract Optional<Benefit> apply(Offer offer, OfferTags tags, OfferPricing pricing);

	/**
	 * The offer's benefit for the customer, or nothing when it would not benefit them.
	 */
	public static Optional<Benefit> benefit(Offer offer, OfferTags tags, OfferPricing pricing) {
		return offer.formula().apply(offer, tags, pricing).filter(b -> b.valueYuan() > 0);
	}

}
