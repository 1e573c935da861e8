package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One version of a tariff, valid from a date: a flat price or band prices on a calendar,
 * annual tiers, the two-part basic charges and the power-factor standard, all as loaded
 * from the tariff tables.
 *
 * @param calendar null for a flat tariff
 * @param flatPrice the price per kWh of a flat tariff, null for a time-of-use one
 * @param tiers annual tiers, empty when the tariff has none
 * @param demandCharge per kW of the month's maximum demand, null unless two-part
 * @param capacityCharge per kVA of contracted capacity, null unless two-part
 * @param pfStandard the power-factor standard, null when no adjustment applies
 */
public record TariffPlan(String code, LocalDate validFrom, String name, String category, String voltage,
		String currency, ZoneId zone, BandCalendar calendar, BigDecimal flatPrice, Map<Band, BigDecimal> bandPrices,
		List<Tier> tiers, BigDecimal demandCharge, BigDecimal capacityCharge, BigDecimal pfStandard, String source) {

	/**
	 * An annual tier: kWh from {@code fromKwh} up to {@code toKwh} (null: no end) per
	 * year, with a step added to the energy price.
	 */
	public record Tier(int tier, BigDecimal fromKwh, BigDecimal toKwh, BigDecimal surcharge) {
	}

	public TariffPlan {
		bandPrices = Map.copyOf(bandPrices);
		tiers = List.copyOf(tiers);
	}

	public boolean timeOfUse() {
		return this.calendar != null;
	}

	public boolean twoPart() {
		return this.demandCharge != null || this.capacityCharge != null;
	}

}
