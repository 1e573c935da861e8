package com.gridloop.datagen;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Planted daily maximum temperature per region: a seasonal curve of central China plus
 * day-to-day noise.
 */
public final class Weather {

	private final long seed;

	public Weather(long seed) {
		this.seed = seed;
	}

	/** Daily maximum in °C. */
	public double maxTemperature(String regionCode, LocalDate date) {
		double seasonal = 21.0 + 13.0 * Math.sin(2 * Math.PI * (date.getDayOfYear() - 110) / 365.0);
		SplittableRandom rng = new SplittableRandom(this.seed * 31 + regionCode.hashCode() * 17L + date.toEpochDay());
		return seasonal + 2.5 * rng.nextGaussian() + (regionCode.hashCode() % 3) * 0.4;
	}

	/** Daily minimum in °C. */
	public double minTemperature(String regionCode, LocalDate date) {
		return maxTemperature(regionCode, date) - 8.0;
	}

}
