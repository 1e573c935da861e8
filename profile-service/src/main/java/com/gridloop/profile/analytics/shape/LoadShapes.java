package com.gridloop.profile.analytics.shape;

import java.util.ArrayList;
import java.util.List;

/** Turns interval kWh into hourly days and normalised 24-point load shapes. */
public final class LoadShapes {

	/** Names of the 24 hourly shares of a shape: h00 .. h23. */
	public static final List<String> HOURS;

	static {
		List<String> hours = new ArrayList<>(24);
		for (int h = 0; h < 24; h++) {
			hours.add(h < 10 ? "h0" + h : "h" + h);
		}
		HOURS = List.copyOf(hours);
	}

	private LoadShapes() {
	}

	/**
	 * kWh per local hour of a day of 15-, 30- or 60-minute interval kWh (24, 48 or 96
	 * values, or any divisor of 1440).
	 */
	public static double[] hourly(double[] intervals) {
		if (intervals.length % 24 != 0) {
			throw new IllegalArgumentException("A day of " + intervals.length + " intervals does not split into hours");
		}
		int perHour = intervals.length / 24;
		double[] out = new double[24];
		for (int s = 0; s < intervals.length; s++) {
			out[s / perHour] += intervals[s];
		}
		return out;
	}

	/**
	 * The day's hourly kWh as shares summing to 1; null for a day without load (nothing
	 * to normalise).
	 */
	public static double[] normalise(double[] hourly) {
		double total = 0;
		for (double v : hourly) {
			total += v;
		}
		if (!(total > 0)) {
			return null;
		}
		double[] out = new double[hourly.length];
		for (int h = 0; h < hourly.length; h++) {
			out[h] = hourly[h] / total;
		}
		return out;
	}

	/**
	 * The typical day: the average of the normalised days (each day weighs the same, so
	 * one very heavy day does not dominate); days without load or with a missing (NaN)
	 * hour are skipped. Null when no day is usable.
	 */
	public static double[] typicalDay(double[][] hourlyDays) {
		double[] sum = new double[24];
		int used = 0;
		for (double[] day : hourlyDays) {
			if (day == null || hasNaN(day)) {
				continue;
			}
			double[] shape = normalise(day);
			if (shape == null) {
				continue;
			}
			for (int h = 0; h < 24; h++) {
				sum[h] += shape[h];
			}
			used++;
		}
		if (used == 0) {
			return null;
		}
		for (int h = 0; h < 24; h++) {
			sum[h] /= used;
		}
		return sum;
	}

	static boolean hasNaN(double[] v) {
		for (double x : v) {
			if (Double.isNaN(x)) {
				return true;
			}
		}
		return false;
	}

}
