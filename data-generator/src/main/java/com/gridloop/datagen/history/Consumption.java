package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.Calendar2026;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.Weather;

/**
 * The expected kWh of a customer over a span of days without drawing every interval: per
 * day the load model's level (archetype day times scale), rest-day factor, irrigation
 * off-season factor and heat effect from the same weather, with the evening amplitude
 * weighted by the archetype's evening share exactly as the load model interpolates it.
 * The load model's noise has mean one, so this is the mean of the sum of
 * {@code LoadModel.day} over the span.
 */
final class Consumption {

	private final LocalDate firstDay;

	private final List<String> regions = Population.regionCodes();

	private final double[][] maxTemperature;

	private final boolean[] restDay;

	private final boolean[] irrigationSeason;

	private final Map<Archetype, double[]> offAndEvening = new EnumMap<>(Archetype.class);

	Consumption(long seed, HistoryWindow window) {
		this.firstDay = window.firstDay();
		int days = window.days();
		Weather weather = new Weather(seed);
		this.maxTemperature = new double[this.regions.size()][days];
		this.restDay = new boolean[days];
		this.irrigationSeason = new boolean[days];
		for (int d = 0; d < days; d++) {
			LocalDate date = this.firstDay.plusDays(d);
			for (int r = 0; r < this.regions.size(); r++) {
				this.maxTemperature[r][d] = weather.maxTemperature(this.regions.get(r), date);
			}
			this.restDay[d] = Calendar2026.isRestDay(date);
			this.irrigationSeason[d] = date.getMonthValue() >= 4 && date.getMonthValue() <= 9;
		}
		for (Archetype a : Archetype.values()) {
			this.offAndEvening.put(a, dayShares(a));
		}
	}

	/**
	 * Expected kWh from {@code from} to {@code to}, both inclusive and inside the window.
	 */
	double kwh(SyntheticCustomer c, LocalDate from, LocalDate to) {
		Archetype a = c.archetype();
		double[] shares = this.offAndEvening.get(a);
		double perDay = c.scale() * a.dailyKwh() * (shares[0] + c.peakAmplitude() * shares[1]);
		int region = this.regions.indexOf(c.regionCode());
		boolean seasonal = a == Archetype.IRRIGATION_SEASONAL;
		double days = 0;
		int last = (int) ChronoUnit.DAYS.between(this.firstDay, to);
		for (int d = (int) ChronoUnit.DAYS.between(this.firstDay, from); d <= last; d++) {
			double f = this.restDay[d] ? a.weekendFactor() : 1;
			if (seasonal && !this.irrigationSeason[d]) {
				f *= a.offSeasonFactor();
			}
			f *= 1 + a.heatSensitivity() * Math.max(0, this.maxTemperature[region][d] - 26.0);
			days += f;
		}
		return perDay * days;
	}

	/**
	 * Shares of the day outside and inside the evening hours (17:00-23:00) as the load
	 * model spreads them.
	 */
	private static double[] dayShares(Archetype a) {
		int slots = 1440 / a.intervalMinutes();
		double perHour = a.intervalMinutes() / 60.0;
		double outside = 0, evening = 0;
		for (int s = 0; s < slots; s++) {
			double share = a.slotShare(s);
			int hour = (int) (s * perHour);
			if (hour >= 17 && hour < 23) {
				evening += share * perHour;
			}
			else {
				outside += share * perHour;
			}
		}
		return new double[] { outside, evening };
	}

}
