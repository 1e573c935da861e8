package com.gridloop.profile.analytics.forecast;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A per-customer regression of the log of daily kWh on the day's conditions, fitted on
 * the customer's own recent days:
 *
 * <pre>
 * ln(kWh_d) = a + b * rest_d + c * CD_d + h * HD_d [+ weekday dummies] + e_d
 * CD_d = max(0, Tmax_d - coolingBase), HD_d = max(0, heatingBase - Tmin_d)
 * </pre>
 *
 * The log makes the rest-day and temperature effects relative (a factory's rest day
 * removes a share of its load, not a fixed number of kWh), and the same model serves a
 * household and a plant. The forecast is exp of the fitted value times exp(s^2 / 2), s^2
 * being the residual variance, so it estimates the mean rather than the median. Days
 * without load (or missing) are left out of the fit; with fewer than {@code minDays}
 * usable days the customer gets the seasonal-naive forecast, and the
 * {@link Forecast#method()} says so.
 */
public final class RegressionForecaster implements LoadForecaster {

	private final LinearFitter fitter;

	private final ForecastSettings settings;

	private final SeasonalNaiveForecaster fallback = new SeasonalNaiveForecaster();

	public RegressionForecaster(LinearFitter fitter, ForecastSettings settings) {
		this.fitter = fitter;
		this.settings = settings;
	}

	/** With Smile's ridge regression. */
	public static RegressionForecaster smile(ForecastSettings settings) {
		return new RegressionForecaster(new SmileRidgeFitter(), settings);
	}

	@Override
	public Forecast forecast(List<DayConditions> history, double[] kwh, List<DayConditions> future) {
		if (history.size() != kwh.length) {
			throw new IllegalArgumentException("One kWh value per history day is needed");
		}
		int start = Math.max(0, history.size() - this.settings.historyDays());
		List<double[]> rows = new ArrayList<>();
		List<Double> targets = new ArrayList<>();
		for (int d = start; d < history.size(); d++) {
			if (kwh[d] > 0) {
				rows.add(features(history.get(d)));
				targets.add(Math.log(kwh[d]));
			}
		}
		if (rows.size() < this.settings.minDays()) {
			Forecast naive = this.fallback.forecast(history, kwh, future);
			return new Forecast(naive.dates(), naive.kwh(), naive.method() + " (too little history)");
		}
		double[][] x = rows.toArray(double[][]::new);
		double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
		LinearFitter.Fit fit = this.fitter.fit(names(), x, y, this.settings.lambda());
		double rss = 0;
		for (int i = 0; i < x.length; i++) {
			double r = y[i] - fit.predict(x[i]);
			rss += r * r;
		}
		int parameters = 1 + countNonZero(fit.weights());
		double variance = x.length > parameters ? rss / (x.length - parameters) : 0;
		double[] out = new double[future.size()];
		for (int f = 0; f < out.length; f++) {
			out[f] = Math.exp(fit.predict(features(future.get(f))) + variance / 2);
		}
		return new Forecast(future.stream().map(DayConditions::date).toList(), out, name());
	}

	@Override
	public String name() {
		return "log-ridge(rest,cooling,heating" + (this.settings.weekdayEffects() ? ",weekday" : "") + ")";
	}

	private String[] names() {
		List<String> names = new ArrayList<>(List.of("rest_day", "cooling_degrees", "heating_degrees"));
		if (this.settings.weekdayEffects()) {
			for (DayOfWeek dow : DayOfWeek.values()) {
				if (dow != DayOfWeek.MONDAY) {
					names.add(dow.name().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return names.toArray(String[]::new);
	}

	private double[] features(DayConditions day) {
		double[] row = new double[this.settings.weekdayEffects() ? 9 : 3];
		row[0] = day.restDay() ? 1 : 0;
		row[1] = Math.max(0, day.maxTemperature() - this.settings.coolingBase());
		row[2] = Math.max(0, this.settings.heatingBase() - day.minTemperature());
		if (this.settings.weekdayEffects()) {
			int dow = day.date().getDayOfWeek().getValue();
			if (dow > 1) {
				row[1 + dow] = 1;
			}
		}
		return row;
	}

	private static int countNonZero(double[] v) {
		int n = 0;
		for (double x : v) {
			n += x != 0 ? 1 : 0;
		}
		return n;
	}

}
