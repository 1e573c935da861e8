package com.gridloop.profile.analytics.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily kWh forecast for a customer.
 *
 * @param dates the forecast days
 * @param kwh forecast kWh per day
 * @param method what produced it (a model name, or the fallback used when history was too
 * short)
 */
public record Forecast(List<LocalDate> dates, double[] kwh, String method) {

	public Forecast {
		dates = List.copyOf(dates);
		kwh = kwh.clone();
	}

	@Override
	public double[] kwh() {
		return this.kwh.clone();
	}

}
