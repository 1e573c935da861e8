package com.gridloop.profile.tags;

import java.time.LocalDate;

/**
 * What a customer's usage days add up to over a tag window; the input of consumption
 * tags.
 *
 * @param bandedKwh kWh of the days whose tariff bands are known (days from registers
 * without time-of-use registers have none), the base of band shares
 * @param demandDays days with a maximum demand (interval days), the base of the load
 * factor
 * @param reactiveKvarh reactive energy of the intervals that measured it
 * @param reactiveBaseKwh active energy of the same intervals, the base of the power
 * factor (0: none measured)
 */
public record UsageAggregate(int days, double kwh, double sharpKwh, double peakKwh, double flatKwh, double valleyKwh,
		double maxDemandKw, double dailyMean, double dailyStdDev, LocalDate from, LocalDate to, double bandedKwh,
		int demandDays, double reactiveKvarh, double reactiveBaseKwh) {

	/** Without reactive energy. */
	public UsageAggregate(int days, double kwh, double sharpKwh, double peakKwh, double flatKwh, double valleyKwh,
			double maxDemandKw, double dailyMean, double dailyStdDev, LocalDate from, LocalDate to, double bandedKwh,
			int demandDays) {
		this(days, kwh, sharpKwh, peakKwh, flatKwh, valleyKwh, maxDemandKw, dailyMean, dailyStdDev, from, to, bandedKwh,
				demandDays, 0, 0);
	}

	/** Every day with its bands and its demand, as interval data gives them. */
	public UsageAggregate(int days, double kwh, double sharpKwh, double peakKwh, double flatKwh, double valleyKwh,
			double maxDemandKw, double dailyMean, double dailyStdDev, LocalDate from, LocalDate to) {
		this(days, kwh, sharpKwh, peakKwh, flatKwh, valleyKwh, maxDemandKw, dailyMean, dailyStdDev, from, to, kwh,
				days);
	}

}
