package com.gridloop.strategy.rates;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import com.gridloop.strategy.tariff.Band;
import com.gridloop.strategy.tariff.MonthUsage;

/**
 * A customer's stored month: per day of the month kWh, band kWh, maximum demand and
 * reactive energy (null where the day has none).
 */
record UsageMonth(YearMonth month, String bandCalendar, Double[] kwh, Double[] sharp, Double[] peak, Double[] flat,
		Double[] valley, Double[] maxDemandKw, Double[] reactiveKvarh, Double[] reactiveBaseKwh) {

	/** Days whose kWh is known in all four bands: the days a comparison can use. */
	int bandedDays() {
		int n = 0;
		for (int d = 0; d < this.kwh.length; d++) {
			n += banded(d) ? 1 : 0;
		}
		return n;
	}

	/**
	 * The month as a bill needs it, from its banded days only: every tariff compared is
	 * billed on the same kWh. The power factor is the month's own where the meters
	 * measured reactive energy, else {@code fallbackPowerFactor}.
	 */
	MonthUsage usage(BigDecimal fallbackPowerFactor) {
		Map<Band, BigDecimal> bands = new EnumMap<>(Band.class);
		BigDecimal total = BigDecimal.ZERO;
		Double maxDemand = null;
		double reactive = 0;
		double reactiveBase = 0;
		for (int d = 0; d < this.kwh.length; d++) {
			if (!banded(d)) {
				continue;
			}
			Double[][] columns = { this.sharp, this.peak, this.flat, this.valley };
			for (Band b : Band.values()) {
				BigDecimal v = BigDecimal.valueOf(columns[b.ordinal()][d]);
				bands.merge(b, v, BigDecimal::add);
				total = total.add(v);
			}
			if (this.maxDemandKw[d] != null) {
				maxDemand = maxDemand == null ? this.maxDemandKw[d] : Math.max(maxDemand, this.maxDemandKw[d]);
			}
			if (this.reactiveKvarh[d] != null && this.reactiveBaseKwh[d] != null) {
				reactive += this.reactiveKvarh[d];
				reactiveBase += this.reactiveBaseKwh[d];
			}
		}
		BigDecimal pf = reactiveBase > 0 ? BigDecimal.valueOf(reactiveBase / Math.hypot(reactiveBase, reactive))
				: fallbackPowerFactor;
		return new MonthUsage(this.month, total, bands, maxDemand == null ? null : BigDecimal.valueOf(maxDemand), pf,
				bandedDays());
	}

	private boolean banded(int d) {
		return this.kwh[d] != null && this.sharp[d] != null && this.peak[d] != null && this.flat[d] != null
				&& this.valley[d] != null;
	}

}
