package com.gridloop.profile.analytics.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline every load forecast must beat: a day's kWh is that of the same weekday one
 * week earlier (two, three weeks back when that day is missing or itself in the future),
 * else the mean of the history.
 */
public final class SeasonalNaiveForecaster implements LoadForecaster {

	@Override
	public Forecast forecast(List<DayConditions> history, double[] kwh, List<DayConditions> future) {
		Map<LocalDate, Double> known = new HashMap<>();
		double sum = 0;
		int n = 0;
		for (int d = 0; d < history.size(); d++) {
			if (!Double.isNaN(kwh[d])) {
				known.put(history.get(d).date(), kwh[d]);
				sum += kwh[d];
				n++;
			}
		}
		double mean = n == 0 ? Double.NaN : sum / n;
		double[] out = new double[future.size()];
		for (int f = 0; f < out.length; f++) {
			out[f] = mean;
			LocalDate date = future.get(f).date();
			for (int weeks = 1; weeks <= 8; weeks++) {
				Double v = known.get(date.minusWeeks(weeks));
				if (v != null) {
					out[f] = v;
					break;
				}
			}
		}
		return new Forecast(future.stream().map(DayConditions::date).toList(), out, name());
	}

	@Override
	public String name() {
		return "seasonal-naive-7d";
	}

}
