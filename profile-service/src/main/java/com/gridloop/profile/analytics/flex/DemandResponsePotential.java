package com.gridloop.profile.analytics.flex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Estimates the kW a customer could move out of the peak bands, from its own recent
 * hourly load.
 *
 * <pre>
 * P_d  = mean kWh per peak hour on day d           (= mean kW over the peak hours of that day)
 * P    = mean over days of P_d                      (typical peak-band kW)
 * B    = q-quantile of all hourly kWh of the days   (base load: the floor the customer rarely goes under, from its
 *                                                    own lowest hours; q = 0.10 by default), capped at P
 * S_d  = peak-band kWh / all kWh of day d           (the peak's share of the day)
 * cv   = standard deviation of S_d / mean of S_d    (day-to-day variability of the peak hours)
 * phi  = min(phiMax, phiMin + slope * cv)           (flexibility factor)
 * potential kW = phi * (P - B)
 * </pre>
 *
 * Only the load above the base can move at all, and only part of it will: a peak that
 * takes the same part of every day is a process or a habit (phiMin of it, 0.2 by default,
 * is assumed movable with a price signal), while a peak whose part of the day changes
 * from day to day is discretionary, so the factor grows with that variability (slope 2: a
 * cv of 0.1 adds 0.2), capped at phiMax (0.6). The variability is measured on the peak's
 * share of the day rather than on its kW, so that what moves the whole day (a hot day, a
 * busy production week) does not count as flexibility. The defaults are planning
 * assumptions, not measurements: calibrate them with the measured peak-to-valley shift of
 * campaigns' treatment against control groups.
 *
 * <p>
 * Give days of one kind (working days, or one season) so that P and B compare like with
 * like.
 */
public final class DemandResponsePotential {

	/**
	 * @param baseQuantile quantile of the hourly kWh taken as base load
	 * @param minFactor flexibility factor of a peak that never varies
	 * @param slope factor added per unit of the coefficient of variation of the peak's
	 * share of the day
	 * @param maxFactor largest flexibility factor
	 */
	public record Settings(double baseQuantile, double minFactor, double slope, double maxFactor) {

		public Settings {
			if (baseQuantile < 0 || baseQuantile > 1 || minFactor < 0 || maxFactor < minFactor || maxFactor > 1) {
				throw new IllegalArgumentException("Quantile and factors must lie in [0, 1], minFactor <= maxFactor");
			}
		}

		public static Settings defaults() {
			return new Settings(0.10, 0.2, 2.0, 0.6);
		}

	}

	/**
	 * The estimate and its parts.
	 *
	 * @param peakKw P, typical mean kW over the peak hours
	 * @param baseKw B, base load kW
	 * @param peakVariability cv of the peak's daily share of the day
	 * @param flexibilityFactor phi
	 * @param potentialKw phi * (P - B)
	 * @param days days used
	 */
	public record Estimate(double peakKw, double baseKw, double peakVariability, double flexibilityFactor,
			double potentialKw, int days) {

		/** Potential as a share of the peak-band kW. */
		public double shareOfPeak() {
			return this.peakKw > 0 ? this.potentialKw / this.peakKw : 0;
		}

		public String describe() {
			return String.format(Locale.ROOT,
					"about %.1f kW could leave the peak: peak-band load %.1f kW above a base of %.1f kW, %.0f%% of it"
							+ " flexible (peak varies %.0f%% from day to day)",
					this.potentialKw, this.peakKw, this.baseKw, 100 * this.flexibilityFactor,
					100 * this.peakVariability);
		}

	}

	private final Settings settings;

	public DemandResponsePotential(Settings settings) {
		this.settings = settings;
	}

	public DemandResponsePotential() {
		this(Settings.defaults());
	}

	/**
	 * @param hourlyKwh kWh per local hour, one array of 24 per day; days with a NaN hour
	 * are skipped
	 * @param peakHours which of the 24 hours are in the peak (and sharp) bands
	 */
	public Estimate estimate(double[][] hourlyKwh, boolean[] peakHours) {
		if (peakHours.length != 24) {
			throw new IllegalArgumentException("24 peak-hour flags are needed");
		}
		int peakCount = 0;
		for (boolean p : peakHours) {
			peakCount += p ? 1 : 0;
		}
		if (peakCount == 0) {
			throw new IllegalArgumentException("No peak hour given");
		}
		List<Double> dailyPeak = new ArrayList<>();
		List<Double> dailyShare = new ArrayList<>();
		List<Double> hours = new ArrayList<>();
		for (double[] day : hourlyKwh) {
			if (day == null || day.length != 24 || hasNaN(day)) {
				continue;
			}
			double peak = 0;
			double total = 0;
			for (int h = 0; h < 24; h++) {
				peak += peakHours[h] ? day[h] : 0;
				total += day[h];
				hours.add(day[h]);
			}
			dailyPeak.add(peak / peakCount);
			if (total > 0) {
				dailyShare.add(peak / total);
			}
		}
		int days = dailyPeak.size();
		if (days == 0) {
			return new Estimate(0, 0, 0, 0, 0, 0);
		}
		double p = dailyPeak.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double cv = coefficientOfVariation(dailyShare);
		double base = Math.min(p, quantile(hours.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
				this.settings.baseQuantile()));
		double phi = Math.min(this.settings.maxFactor(), this.settings.minFactor() + this.settings.slope() * cv);
		return new Estimate(p, base, cv, phi, phi * Math.max(0, p - base), days);
	}

	private static double coefficientOfVariation(List<Double> v) {
		if (v.isEmpty()) {
			return 0;
		}
		double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / v.size();
		return mean > 0 ? Math.sqrt(var) / mean : 0;
	}

	/** Linear interpolation between order statistics (type 7, as R and NumPy default). */
	static double quantile(double[] sorted, double q) {
		if (sorted.length == 1) {
			return sorted[0];
		}
		double pos = q * (sorted.length - 1);
		int lo = (int) Math.floor(pos);
		int hi = Math.min(sorted.length - 1, lo + 1);
		return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
	}

	private static boolean hasNaN(double[] v) {
		for (double x : v) {
			if (Double.isNaN(x)) {
				return true;
			}
		}
		return false;
	}

}
