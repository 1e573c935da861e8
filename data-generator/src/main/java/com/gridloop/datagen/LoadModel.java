package com.gridloop.datagen;

import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;

/**
 * The planted load of a customer on a day: archetype shape, season, rest days, heat and
 * noise.
 */
public final class LoadModel {

	private final long seed;

	private final Weather weather;

	public LoadModel(long seed) {
		this.seed = seed;
		this.weather = new Weather(seed);
	}

	public Weather weather() {
		return this.weather;
	}

	/**
	 * kWh in each interval of the day, local time, {@code 1440 / intervalMinutes} values.
	 */
	public double[] day(SyntheticCustomer c, LocalDate date) {
		SplittableRandom rng = new SplittableRandom(
				Population.mix(this.seed ^ date.toEpochDay() * 0x632BE59BD9B4E019L, c.index()));
		Archetype a = c.archetype();
		double factor = c.scale() * a.dailyKwh();
		if (Calendar2026.isRestDay(date)) {
			factor *= a.weekendFactor();
		}
		if (a == Archetype.IRRIGATION_SEASONAL && !inIrrigationSeason(date.getMonth())) {
			factor *= a.offSeasonFactor();
		}
		double heat = Math.max(0, this.weather.maxTemperature(c.regionCode(), date) - 26.0);
		factor *= 1 + a.heatSensitivity() * heat;
		factor *= Math.exp(0.08 * rng.nextGaussian() - 0.0032);
		int slots = 1440 / a.intervalMinutes();
		double[] kwh = new double[slots];
		double perHour = a.intervalMinutes() / 60.0;
		for (int s = 0; s < slots; s++) {
			double share = a.slotShare(s);
			int hour = (int) (s * perHour);
			if (hour >= 17 && hour < 23) {
				share *= c.peakAmplitude();
			}
			double noise = Math.exp(0.12 * rng.nextGaussian() - 0.0072);
			kwh[s] = factor * share * perHour * noise;
		}
		return kwh;
	}

	private static boolean inIrrigationSeason(Month month) {
		return month.getValue() >= Month.APRIL.getValue() && month.getValue() <= Month.SEPTEMBER.getValue();
	}

}
