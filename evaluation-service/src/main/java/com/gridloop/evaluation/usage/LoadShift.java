package com.gridloop.evaluation.usage;

import com.gridloop.evaluation.stats.PrePostComparison;

/**
 * kWh moved out of the peak: treatment against control on each customer's mean daily
 * peak-plus-sharp kWh and peak share, the 28 days before launch against the days since. A
 * negative difference is kWh moved out of the peak.
 *
 * @param treatment treatment customers with usage in both periods
 * @param control control customers with usage in both periods
 * @param peakKwhPerDay mean daily peak-plus-sharp kWh: post difference,
 * difference-in-differences and CUPED, each with Welch's interval
 * @param peakShare peak-plus-sharp kWh over all kWh, the same three ways
 */
public record LoadShift(long treatment, long control, int preDays, PrePostComparison peakKwhPerDay,
		PrePostComparison peakShare) {

	/** Days before launch that make the pre-period. */
	public static final int PRE_DAYS = 28;

	/**
	 * The day the effect counts from: the start day strategy gave, else the launch day in
	 * the service's zone; null before launch.
	 */
	public static java.time.LocalDate launchDay(java.sql.Date startsOn, java.sql.Timestamp launchedAt,
			java.time.ZoneId zone) {
		return startsOn != null ? startsOn.toLocalDate()
				: launchedAt == null ? null : java.time.LocalDate.ofInstant(launchedAt.toInstant(), zone);
	}

}
