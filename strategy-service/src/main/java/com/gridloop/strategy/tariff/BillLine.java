package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a monthly bill; the amount is rounded half-up to 0.01.
 *
 * @param item {@code energy}, {@code tier_step}, {@code basic_demand},
 * {@code basic_capacity} or {@code power_factor}
 * @param band the time-of-use band or tier ({@code TIER_2}), null for other items
 * @param kwh kWh of an energy or tier line, null otherwise
 * @param quantity what the price applies to: kWh, kW of maximum demand, kVA, or the
 * charges a power-factor percentage applies to
 * @param price per unit of the quantity; for the power factor, the percentage
 */
public record BillLine(YearMonth month, String item, String band, BigDecimal kwh, BigDecimal quantity, BigDecimal price,
		BigDecimal amount) {
}
