package com.gridloop.profile.analytics.shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-customer consumption-behaviour features for segmentation, from the hourly kWh of
 * recent days: the typical normalised day (24 shares) plus scalar features a marketer can
 * read.
 *
 * <ul>
 * <li>{@code daily_kwh_log}: ln(1 + mean daily kWh); on a log scale a household and a
 * factory are comparable</li>
 * <li>{@code peak_share}: share of kWh in the peak hours given</li>
 * <li>{@code night_share}: share of kWh 23:00-07:00 (the valley band of most Chinese
 * time-of-use tariffs)</li>
 * <li>{@code load_factor}: mean hourly kWh over the highest hourly kWh of the window</li>
 * <li>{@code rest_day_ratio}: mean kWh of rest days over mean kWh of working days (1 when
 * either is missing)</li>
 * <li>{@code daily_cv}: coefficient of variation of daily kWh</li>
 * </ul>
 */
public final class LoadFeatures {

	/** Scalar feature names, in the order they follow the 24 shares. */
	public static final List<String> SCALARS = List.of("daily_kwh_log", "peak_share", "night_share", "load_factor",
			"rest_day_ratio", "daily_cv");

	/** All feature names: h00 .. h23, then {@link #SCALARS}. */
	public static final List<String> NAMES;

	static {
		List<String> names = new ArrayList<>(LoadShapes.HOURS);
		names.addAll(SCALARS);
		NAMES = List.copyOf(names);
	}

	private LoadFeatures() {
	}

	/**
	 * The feature row ({@link #NAMES} order) of one customer, or null when no day has
	 * load.
	 * @param hourlyDays kWh per hour, one array of 24 per day; days with a NaN hour are
	 * skipped
	 * @param restDay whether each day is a rest day (weekend or holiday)
	 * @param peakHours which of the 24 hours are peak (tariff peak and sharp bands)
	 */
	public static double[] of(double[][] hourlyDays, boolean[] restDay, boolean[] peakHours) {
		if (hourlyDays.length != restDay.length || peakHours.length != 24) {
			throw new IllegalArgumentException("One rest-day flag per day and 24 peak-hour flags are needed");
		}
		double[] shape = LoadShapes.typicalDay(hourlyDays);
		if (shape == null) {
			return null;
		}
		double total = 0, peak = 0, night = 0, maxHour = 0, sumSq = 0, restSum = 0, workSum = 0;
		int days = 0, restDays = 0, workDays = 0;
		for (int d = 0; d < hourlyDays.length; d++) {
			double[] day = hourlyDays[d];
			if (day == null || LoadShapes.hasNaN(day)) {
				continue;
			}
			double dayTotal = 0;
			for (int h = 0; h < 24; h++) {
				dayTotal += day[h];
				peak += peakHours[h] ? day[h] : 0;
				night += (h >= 23 || h < 7) ? day[h] : 0;
				maxHour = Math.max(maxHour, day[h]);
			}
			total += dayTotal;
			sumSq += dayTotal * dayTotal;
			days++;
			if (restDay[d]) {
				restSum += dayTotal;
				restDays++;
			}
			else {
				workSum += dayTotal;
				workDays++;
			}
		}
		double mean = total / days;
		double sd = Math.sqrt(Math.max(0, sumSq / days - mean * mean));
		double[] row = new double[NAMES.size()];
		System.arraycopy(shape, 0, row, 0, 24);
		row[24] = Math.log1p(mean);
		row[25] = total > 0 ? peak / total : 0;
		row[26] = total > 0 ? night / total : 0;
		row[27] = maxHour > 0 ? (total / (days * 24.0)) / maxHour : 0;
		row[28] = restDays > 0 && workDays > 0 && workSum > 0 ? (restSum / restDays) / (workSum / workDays) : 1;
		row[29] = mean > 0 ? sd / mean : 0;
		return row;
	}

}
