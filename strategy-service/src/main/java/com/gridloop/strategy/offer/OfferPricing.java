package com.gridloop.strategy.offer;

import java.util.Optional;

import com.gridloop.strategy.tariff.Tariff;

/**
 * What benefit formulas need beyond the customer's tags: tariffs, the power-factor table,
 * capacity-expansion facts and the campaign's assumptions.
 */
public interface OfferPricing {

	/** The tariff with the code, if strategy knows it. */
	Optional<Tariff> tariff(String code);

	/**
	 * The power-factor adjustment in percent of the energy and basic charges (negative is
	 * a credit) at the power factor against the standard (0.90, 0.85 or 0.80).
	 */
	double powerFactorAdjustmentPercent(double powerFactor, double standard);

	/** Months in a row, up to now, that the customer's maximum demand stayed high. */
	Optional<ExpansionFacts> expansion(String customerId);

	/**
	 * The share of peak and sharp kWh a time-of-use quote assumes moves to the valley.
	 */
	double peakShift();

	/**
	 * A customer whose maximum demand stayed above a share of contracted capacity.
	 *
	 * @param monthsAbove consecutive recent months above the threshold
	 * @param maxDemandKw the highest monthly maximum demand of those months
	 * @param capacityKva contracted capacity
	 * @param suggestedAddedKva kVA to add to reach the smallest standard transformer size
	 * the demand fills to at most 80 %
	 */
	record ExpansionFacts(int monthsAbove, double maxDemandKw, double capacityKva, double suggestedAddedKva) {
	}

}
