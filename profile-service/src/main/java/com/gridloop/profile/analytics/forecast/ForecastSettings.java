package com.gridloop.profile.analytics.forecast;

/**
 * How {@link RegressionForecaster} fits.
 *
 * @param historyDays most recent days fitted on (older ones are ignored)
 * @param minDays fewer usable days than this and the forecaster falls back to the
 * seasonal-naive one
 * @param coolingBase °C above which the daily maximum drives cooling load (cooling
 * degrees = max(0, Tmax - base))
 * @param heatingBase °C below which the daily minimum drives heating load (heating
 * degrees = max(0, base - Tmin))
 * @param lambda ridge penalty on the standardised weights (0: ordinary least squares)
 * @param weekdayEffects add a dummy per weekday (Tuesday .. Sunday against Monday) on top
 * of the rest-day flag, for loads with a weekly rhythm beyond working/rest days; off by
 * default, since eight weeks give each weekday only eight points
 */
public record ForecastSettings(int historyDays, int minDays, double coolingBase, double heatingBase, double lambda,
		boolean weekdayEffects) {

	public ForecastSettings {
		if (minDays < 4 || historyDays < minDays) {
			throw new IllegalArgumentException("Need minDays >= 4 and historyDays >= minDays");
		}
	}

	/**
	 * 56 days, at least 21, cooling above 26 °C, heating below 5 °C, lambda 1, no weekday
	 * dummies.
	 */
	public static ForecastSettings defaults() {
		return new ForecastSettings(56, 21, 26.0, 5.0, 1.0, false);
	}

	public ForecastSettings withWeekdayEffects(boolean on) {
		return new ForecastSettings(this.historyDays, this.minDays, this.coolingBase, this.heatingBase, this.lambda,
				on);
	}

}
