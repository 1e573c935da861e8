package com.gridloop.datagen;

import java.util.SplittableRandom;

/**
 * Plays the customers' side of a campaign: whether a customer takes the offer, drawn from
 * the planted rates with a seed of its own per customer and campaign, so a rerun gives
 * the same answers.
 */
public final class ResponseSimulator {

	private final long seed;

	public ResponseSimulator(long seed) {
		this.seed = seed;
	}

	/**
	 * Whether the customer takes the time-of-use offer.
	 * @param contacted whether the customer received the offer (treatment and dispatched)
	 */
	public boolean converts(SyntheticCustomer customer, String campaignId, boolean contacted) {
		return converts(customer, campaignId, "TOU_TARIFF", contacted);
	}

	/**
	 * Whether the customer takes the offer, from its planted rates.
	 * @param contacted whether the customer received the offer (treatment and dispatched)
	 */
	public boolean converts(SyntheticCustomer customer, String campaignId, String offerCode, boolean contacted) {
		SplittableRandom rng = new SplittableRandom(
				Population.mix(this.seed ^ campaignId.hashCode() * 0x2545F4914F6CDD1DL, customer.index()));
		double u = rng.nextDouble();
		PlantedResponse r = OfferResponses.of(customer, offerCode);
		return u < (contacted ? r.treatedRate() : r.controlRate());
	}

}
