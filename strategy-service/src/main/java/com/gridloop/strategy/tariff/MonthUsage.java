package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a bill needs of one local month: kWh in total and per band, the maximum demand and
 * the power factor. Built from interval readings or from a customer's stored monthly band
 * kWh alike.
 *
 * @param bandKwh kWh per band of the tariff's calendar; may be empty for a flat tariff
 * @param maxDemandKw the month's largest interval kWh scaled to an hour, null if unknown
 * @param powerFactor the month's power factor, null if unknown (no adjustment)
 * @param days days of the month with usage
 */
public record MonthUsage(YearMonth month, BigDecimal kwh, Map<Band, BigDecimal> bandKwh, BigDecimal maxDemandKw,
		BigDecimal powerFactor, int days) {

	public MonthUsage {
		bandKwh = Map.copyOf(bandKwh);
	}

	/**
	 * The same month with a share of sharp and peak kWh (up to a cap) moved to the
	 * valley.
	 */
	public MonthUsage shifted(BigDecimal share, BigDecimal capKwh) {
		BigDecimal peak = peakKwh();
		if (peak.signum() == 0) {
			return this;
		}
		BigDecimal moved = peak.multiply(share);
		if (capKwh != null && moved.compareTo(capKwh) > 0) {
			moved = capKwh;
		}
		BigDecimal fraction = moved.divide(peak, java.math.MathContext.DECIMAL64);
		java.util.EnumMap<Band, BigDecimal> bands = new java.util.EnumMap<>(Band.class);
		bands.putAll(this.bandKwh);
		for (Band b : new Band[] { Band.SHARP, Band.PEAK }) {
			bands.computeIfPresent(b, (k, v) -> v.subtract(v.multiply(fraction)));
		}
		bands.merge(Band.VALLEY, moved, BigDecimal::add);
		return new MonthUsage(this.month, this.kwh, bands, this.maxDemandKw, this.powerFactor, this.days);
	}

	/** kWh in the sharp and peak bands. */
	public BigDecimal peakKwh() {
		return this.bandKwh.getOrDefault(Band.SHARP, BigDecimal.ZERO)
			.add(this.bandKwh.getOrDefault(Band.PEAK, BigDecimal.ZERO));
	}

}
