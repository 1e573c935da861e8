package com.gridloop.profile.analytics.forecast;

import java.util.List;
import java.util.Locale;

/**
 * Holds out each customer's last days, forecasts them from the days before with a model
 * and with a baseline, and reports both errors side by side.
 */
public final class ForecastBacktest {

	/** A customer's daily kWh and the conditions of those days, oldest first. */
	public record Series(String customerId, List<DayConditions> days, double[] kwh) {

		public Series {
			days = List.copyOf(days);
			if (days.size() != kwh.length) {
				throw new IllegalArgumentException("One kWh value per day is needed");
			}
		}

	}

	/**
	 * Forecast errors over all held-out customer-days.
	 *
	 * @param mae mean absolute error, kWh per customer-day
	 * @param mape mean absolute percentage error over days with positive actual kWh (as a
	 * fraction: 0.08 = 8 %)
	 * @param wape sum of absolute errors over sum of actual kWh (big customers weigh
	 * more)
	 * @param points customer-days compared
	 */
	public record Errors(double mae, double mape, double wape, long points) {
	}

	/**
	 * The model against the baseline on the same held-out days.
	 *
	 * @param model errors of the model
	 * @param baseline errors of the baseline
	 * @param customers customers evaluated
	 * @param customersModelBetter customers whose model MAE is below their baseline MAE
	 */
	public record Comparison(String modelName, Errors model, String baselineName, Errors baseline, int customers,
			int customersModelBetter) {

		public String summary() {
			return String.format(Locale.ROOT,
					"%s: MAE %.2f kWh, MAPE %.1f%%, WAPE %.1f%% | %s: MAE %.2f kWh, MAPE %.1f%%, WAPE %.1f%% | model better"
							+ " for %d of %d customers (%d customer-days)",
					this.modelName, this.model.mae(), 100 * this.model.mape(), 100 * this.model.wape(),
					this.baselineName, this.baseline.mae(), 100 * this.baseline.mape(), 100 * this.baseline.wape(),
					this.customersModelBetter, this.customers, this.model.points());
		}

	}

	private ForecastBacktest() {
	}

	/** Holds out the last {@code horizon} days of every series (7 for "next week"). */
	public static Comparison holdOut(List<Series> series, int horizon, LoadForecaster model, LoadForecaster baseline) {
		Accumulator m = new Accumulator();
		Accumulator b = new Accumulator();
		int better = 0;
		int customers = 0;
		for (Series s : series) {
			int n = s.days().size();
			if (n <= horizon) {
				continue;
			}
			List<DayConditions> history = s.days().subList(0, n - horizon);
			List<DayConditions> future = s.days().subList(n - horizon, n);
			double[] past = java.util.Arrays.copyOf(s.kwh(), n - horizon);
			double[] actual = java.util.Arrays.copyOfRange(s.kwh(), n - horizon, n);
			double[] fm = model.forecast(history, past, future).kwh();
			double[] fb = baseline.forecast(history, past, future).kwh();
			double em = m.add(actual, fm);
			double eb = b.add(actual, fb);
			customers++;
			better += em < eb ? 1 : 0;
		}
		return new Comparison(model.name(), m.errors(), baseline.name(), b.errors(), customers, better);
	}

	private static final class Accumulator {

		double absSum;

		double actualSum;

		double apeSum;

		long points;

		long apePoints;

		/** Adds one customer's days; returns that customer's MAE. */
		double add(double[] actual, double[] forecast) {
			double customerAbs = 0;
			int customerPoints = 0;
			for (int i = 0; i < actual.length; i++) {
				if (Double.isNaN(actual[i]) || Double.isNaN(forecast[i])) {
					continue;
				}
				double e = Math.abs(forecast[i] - actual[i]);
				this.absSum += e;
				this.actualSum += actual[i];
				this.points++;
				customerAbs += e;
				customerPoints++;
				if (actual[i] > 0) {
					this.apeSum += e / actual[i];
					this.apePoints++;
				}
			}
			return customerPoints == 0 ? Double.NaN : customerAbs / customerPoints;
		}

		Errors errors() {
			return new Errors(this.absSum / this.points, this.apeSum / this.apePoints, this.absSum / this.actualSum,
					this.points);
		}

	}

}
