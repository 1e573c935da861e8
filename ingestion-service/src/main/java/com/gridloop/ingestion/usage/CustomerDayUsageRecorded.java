package com.gridloop.ingestion.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cleaned usage of a customer on a local day: the one payload of
 * {@code CustomerDayUsageRecorded}, whether the day is known from interval readings or
 * from daily register readings ({@code intervalMinutes} 1440, no hourly values and no
 * maximum demand, bands only where the meters have time-of-use registers).
 *
 * @param hourlyKwh kWh in each local hour, 24 values (long gaps count as 0 and show in
 * {@code missingShare}); null for a register day
 * @param sharpKwh kWh in the sharp-peak band; the four bands are null for a register day
 * without time-of-use registers
 * @param maxDemandKw highest interval kWh scaled to an hour; null for a register day
 * @param missingShare share of intervals with no valid reading and too long a gap to
 * interpolate
 * @param estimatedShare share of intervals filled in by interpolation
 * @param bandCalendar the calendar the band kWh were split by
 * @param reactiveKvarh reactive energy over the intervals that measured it, null when the
 * meter reported none
 * @param reactiveBaseKwh active energy over the same intervals (the base of the power
 * factor)
 * @param powerFactor {@code reactiveBaseKwh / √(reactiveBaseKwh² + reactiveKvarh²)}, null
 * without reactive energy
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // most meters report no reactive energy:
											// absent fields are left out
public record CustomerDayUsageRecorded(String customerId, String meterNo, LocalDate day, int intervalMinutes,
		double kwh, double[] hourlyKwh, Double sharpKwh, Double peakKwh, Double flatKwh, Double valleyKwh,
		Double maxDemandKw, double missingShare, double estimatedShare, String tariffCode, String bandCalendar,
		Double reactiveKvarh, Double reactiveBaseKwh, Double powerFactor) {

	/**
	 * One fact per customer and day: the meters of a customer with several add up (kWh,
	 * hours, bands and demand, each only where every meter has it; reactive energy where
	 * any has it), the missing and estimated shares are averaged. Returns the list itself
	 * when no customer-day repeats.
	 */
	public static List<CustomerDayUsageRecorded> perCustomerDay(List<CustomerDayUsageRecorded> facts) {
		Map<String, CustomerDayUsageRecorded> merged = new LinkedHashMap<>(facts.size() * 2);
		for (CustomerDayUsageRecorded f : facts) {
			merged.merge(f.customerId() + '|' + f.day(), f, CustomerDayUsageRecorded::plus);
		}
		return merged.size() == facts.size() ? facts : new ArrayList<>(merged.values());
	}

	private CustomerDayUsageRecorded plus(CustomerDayUsageRecorded b) {
		double[] hourly = null;
		if (this.hourlyKwh != null && b.hourlyKwh != null) {
			hourly = new double[24];
			for (int h = 0; h < 24; h++) {
				hourly[h] = round(this.hourlyKwh[h] + b.hourlyKwh[h]);
			}
		}
		Double reactive = this.reactiveKvarh == null ? b.reactiveKvarh : b.reactiveKvarh == null ? this.reactiveKvarh
				: Double.valueOf(round(this.reactiveKvarh + b.reactiveKvarh));
		Double reactiveBase = this.reactiveBaseKwh == null ? b.reactiveBaseKwh : b.reactiveBaseKwh == null
				? this.reactiveBaseKwh : Double.valueOf(round(this.reactiveBaseKwh + b.reactiveBaseKwh));
		return new CustomerDayUsageRecorded(this.customerId, this.meterNo + "+" + b.meterNo, this.day,
				Math.min(this.intervalMinutes, b.intervalMinutes), round(this.kwh + b.kwh), hourly,
				both(this.sharpKwh, b.sharpKwh), both(this.peakKwh, b.peakKwh), both(this.flatKwh, b.flatKwh),
				both(this.valleyKwh, b.valleyKwh), both(this.maxDemandKw, b.maxDemandKw),
				(this.missingShare + b.missingShare) / 2, (this.estimatedShare + b.estimatedShare) / 2, this.tariffCode,
				this.bandCalendar, reactive, reactiveBase, DailyUsageCalculator.powerFactor(reactiveBase, reactive));
	}

	/** The sum where both meters have the value; null where either lacks it. */
	private static Double both(Double a, Double b) {
		return a == null || b == null ? null : Double.valueOf(round(a + b));
	}

	private static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

}
