package com.gridloop.datagen;

import java.util.Map;

/**
 * The truth the generator plants about each offer of the catalogue: how often a customer
 * takes it without contact (control) and how much contact adds. The time-of-use tariff
 * keeps each customer's own planted response; the transparency package has no effect at
 * all, so the demo shows an honest zero. The platform never sees these numbers.
 */
public final class OfferResponses {

	private static final Map<String, PlantedResponse> BY_OFFER = Map.of("BILL_ANALYSIS_TASK",
			new PlantedResponse(0.03, 0.09), "ENERGY_ADVICE_VISIT", new PlantedResponse(0.02, 0.12),
			"RETENTION_DEDICATED_MANAGER", new PlantedResponse(0.05, 0.17), "RETENTION_FAST_RESPONSE",
			new PlantedResponse(0.05, 0.10), "RETENTION_TRANSPARENCY", new PlantedResponse(0.04, 0.04),
			"REACTIVE_COMPENSATION", new PlantedResponse(0.02, 0.17), "EFFICIENCY_AUDIT",
			new PlantedResponse(0.02, 0.10), "PV_STORAGE", new PlantedResponse(0.01, 0.05), "CAPACITY_EXPANSION",
			new PlantedResponse(0.05, 0.25));

	/** Offers the generator knows nothing about: nobody takes them. */
	private static final PlantedResponse UNKNOWN = new PlantedResponse(0, 0);

	private OfferResponses() {
	}

	/** The customer's planted response to the offer. */
	public static PlantedResponse of(SyntheticCustomer customer, String offerCode) {
		if ("TOU_TARIFF".equals(offerCode)) {
			return customer.response();
		}
		return BY_OFFER.getOrDefault(offerCode, UNKNOWN);
	}

}
