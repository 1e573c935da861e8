package com.gridloop.strategy.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One offer of the catalogue, as data.
 *
 * @param eligibility who may receive it, a rule in the audience language
 * @param formula how its benefit is computed for one customer
 * @param parameters the formula's parameters (shares, prices, yields)
 * @param channels the channels that may carry it, in order of preference
 * @param costPerContact what one contact costs beyond the channel's own cost, in yuan
 * @param priorRate the conversion rate learning starts from before any evidence
 */
public record Offer(String code, Scenario scenario, String nameZh, String nameEn, String description,
		String eligibility, BenefitFormula formula, Map<String, Object> parameters, List<Channel> channels,
		BigDecimal costPerContact, double priorRate, LocalDate validFrom, LocalDate validTo) {

	/** Whether the offer may be used on the day. */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	/** A numeric parameter, or the default when the catalogue does not set it. */
	public double parameter(String name, double otherwise) {
		return this.parameters.get(name) instanceof Number n ? n.doubleValue() : otherwise;
	}

	/** A text parameter, or the default when the catalogue does not set it. */
	public String text(String name, String otherwise) {
		Object v = this.parameters.get(name);
		return v == null ? otherwise : String.valueOf(v);
	}

}
