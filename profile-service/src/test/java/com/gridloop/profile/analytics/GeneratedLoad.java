package com.gridloop.profile.analytics;

import java.time.LocalDate;

import com.gridloop.datagen.Calendar2026;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.profile.analytics.shape.LoadShapes;

/**
 * Hourly load of generated customers, and the calendar the generator plants, for the
 * analytics tests.
 */
public final class GeneratedLoad {

	/**
	 * Peak hours of the Hubei C&I tariff outside July-August (peak 16-18 and 20-24, sharp
	 * 18-20).
	 */
	public static final boolean[] PEAK_HOURS = new boolean[24];

	static {
		for (int h = 16; h < 24; h++) {
			PEAK_HOURS[h] = true;
		}
	}

	private GeneratedLoad() {
	}

	public static boolean restDay(LocalDate date) {
		return Calendar2026.isRestDay(date);
	}

	/** kWh per hour of each day from {@code first}, one array of 24 per day. */
	public static double[][] hourlyDays(LoadModel model, SyntheticCustomer customer, LocalDate first, int days) {
		double[][] out = new double[days][];
		for (int d = 0; d < days; d++) {
			out[d] = LoadShapes.hourly(model.day(customer, first.plusDays(d)));
		}
		return out;
	}

	public static boolean[] restDays(LocalDate first, int days) {
		boolean[] out = new boolean[days];
		for (int d = 0; d < days; d++) {
			out[d] = restDay(first.plusDays(d));
		}
		return out;
	}

}
