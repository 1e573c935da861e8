package com.gridloop.strategy.offer;

import java.util.List;

/**
 * What an offer is worth for one customer.
 *
 * @param valueYuan the yearly value in yuan that ranks offers (the customer's saving, or
 * for retention the revenue at risk)
 * @param quantity the benefit quoted to the customer, in its unit
 * @param unit the unit of the quantity (yuan/year, kVA, kvar, kWp)
 * @param text the benefit in words, for the message and the account manager
 * @param triggers the tags, with the customer's values, that made the offer fit
 * @param investmentYuan what the customer invests, for value-added offers
 * @param paybackYears investment over yearly saving, for value-added offers
 */
public record Benefit(double valueYuan, double quantity, String unit, String text, List<String> triggers,
		Double investmentYuan, Double paybackYears) {

	/** A benefit without an investment. */
	public static Benefit of(double valueYuan, double quantity, String unit, String text, List<String> triggers) {
		return new Benefit(valueYuan, quantity, unit, text, List.copyOf(triggers), null, null);
	}

	/** A benefit that pays back an investment. */
	public static Benefit withInvestment(double valueYuan, double quantity, String unit, String text,
			List<String> triggers, double investmentYuan) {
		return new Benefit(valueYuan, quantity, unit, text, List.copyOf(triggers), investmentYuan,
				valueYuan > 0 ? investmentYuan / valueYuan : null);
	}

}
