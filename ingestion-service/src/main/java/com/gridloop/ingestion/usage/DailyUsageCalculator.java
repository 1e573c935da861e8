package com.gridloop.ingestion.usage;

import java.time.LocalDate;

/** Turns one meter-day of intervals into the day's usage fact. */
public final class DailyUsageCalculator {

	private DailyUsageCalculator() {
	}

	/**
	 * @param raw interval kWh, NaN where missing
	 * @param maxGapSlots longest run of missing intervals to interpolate
	 */
	public static CustomerDayUsageRecorded compute(String customerId, String meterNo, String tariffCode,
			BandCalendar calendar, LocalDate day, int intervalMinutes, float[] raw, int maxGapSlots) {
		return compute(customerId, meterNo, tariffCode, calendar, LocalDayClock.of(TariffCalendars.CHINA, day), day,
				intervalMinutes, raw, maxGapSlots, new int[0], null);
	}

	/**
	 * @param clock the local day's clock: slot {@code s} starts
	 * {@code s * intervalMinutes} minutes after local midnight, and its hour and band
	 * follow the wall clock (on daylight-saving days two slots can share an hour)
	 * @param spikes slots flagged as spikes: kept as read, but no gap beside one is
	 * interpolated from it
	 * @param kvarh reactive energy per slot (NaN where missing), or null: the power
	 * factor is then unknown; it counts only the slots that measured both energies, never
	 * interpolated ones
	 */
	public static CustomerDayUsageRecorded compute(String customerId, String meterNo, String tariffCode,
			BandCalendar calendar, LocalDayClock clock, LocalDate day, int intervalMinutes, float[] raw,
			int maxGapSlots, int[] spikes, float[] kvarh) {
		GapFiller.Filled filled = GapFiller.fill(raw, maxGapSlots, spikes);
		double[] v = filled.values();
		double[] hourly = new double[24];
		double[] bands = new double[Band.values().length];
		double total = 0, max = 0;
		for (int s = 0; s < v.length; s++) {
			if (Double.isNaN(v[s])) {
				continue;
			}
			int elapsed = s * intervalMinutes;
			hourly[clock.wallMinute(elapsed) / 60] += v[s];
			bands[calendar.band(clock, day, elapsed).ordinal()] += v[s];
			total += v[s];
			max = Math.max(max, v[s]);
		}
		for (int h = 0; h < 24; h++) {
			hourly[h] = round(hourly[h]);
		}
		double slots = v.length;
		Double reactive = null, activeMeasured = null;
		if (kvarh != null) {
			double q = 0, p = 0;
			int both = 0;
			for (int s = 0; s < raw.length && s < kvarh.length; s++) {
				if (!Float.isNaN(raw[s]) && !Float.isNaN(kvarh[s])) {
					q += kvarh[s];
					p += raw[s];
					both++;
				}
			}
			if (both > 0) {
				reactive = round(q);
				activeMeasured = round(p);
			}
		}
		return new CustomerDayUsageRecorded(customerId, meterNo, day, intervalMinutes, round(total), hourly,
				round(bands[Band.SHARP.ordinal()]), round(bands[Band.PEAK.ordinal()]),
				round(bands[Band.FLAT.ordinal()]), round(bands[Band.VALLEY.ordinal()]),
				round(max * 60.0 / intervalMinutes), filled.missing() / slots, filled.estimated() / slots, tariffCode,
				calendar.name(), reactive, activeMeasured, powerFactor(activeMeasured, reactive));
	}

	/** kWh over kVAh: active over apparent energy; null without reactive energy. */
	public static Double powerFactor(Double activeKwh, Double reactiveKvarh) {
		if (activeKwh == null || reactiveKvarh == null) {
			return null;
		}
		double apparent = Math.hypot(activeKwh, reactiveKvarh);
		return apparent == 0 ? null : Math.round(activeKwh / apparent * 10_000) / 10_000.0;
	}

	private static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

}
