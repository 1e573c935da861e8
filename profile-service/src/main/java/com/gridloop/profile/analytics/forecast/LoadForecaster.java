package com.gridloop.profile.analytics.forecast;

import java.util.List;

/**
 * Forecasts a customer's daily kWh for coming days from its recent days and the days'
 * conditions.
 */
public interface LoadForecaster {

	/**
	 * @param history recent days, oldest first
	 * @param kwh kWh of each history day; NaN for a missing day
	 * @param future the days to forecast, with their (forecast) conditions
	 */
	Forecast forecast(List<DayConditions> history, double[] kwh, List<DayConditions> future);

	String name();

}
