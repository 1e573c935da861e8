package com.gridloop.profile.predict;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.gridloop.common.jdbc.PgCopy;
import com.gridloop.profile.analytics.forecast.DayConditions;
import com.gridloop.profile.analytics.forecast.Forecast;
import com.gridloop.profile.analytics.forecast.ForecastBacktest;
import com.gridloop.profile.analytics.forecast.ForecastSettings;
import com.gridloop.profile.analytics.forecast.LoadForecaster;
import com.gridloop.profile.analytics.forecast.RegressionForecaster;
import com.gridloop.profile.analytics.forecast.SeasonalNaiveForecaster;
import com.gridloop.profile.tags.RestDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The next seven days of each customer's daily kWh: a per-customer ridge regression on
 * rest days and cooling and heating degrees of the customer's region, falling back to the
 * same weekday a week before when history is short. Its error on a held-out last week is
 * stored next to the seasonal-naive baseline's.
 *
 * <p>
 * The next week's temperatures are the weather source's rows for those days where it has
 * them (a weather forecast is uploaded as weather rows dated ahead; observed values
 * replace them later); a day without one is assumed as warm as the customer's last known
 * day (persistence). The metrics say how many forecast days had a weather forecast. The
 * held-out week of the error measurement is forecast from its own observed temperatures.
 */
@Component
public record ForecastJob(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx, RestDays restDays,
		JsonMapper json) {

	private static final Logger log = LoggerFactory.getLogger(ForecastJob.class);

	static final int HORIZON = 7;

	private static final int HISTORY = 56;

	/** Forecast rows are copied whenever their text passes this many characters. */
	private static final int COPY_CHARS = 1 << 19;

	/** Customers whose last week is held out to measure the errors. */
	private static final int BACKTEST_SAMPLE = 2000;

	/**
	 * Forecasts every customer with usage, measures the errors and stores both; returns
	 * the metrics.
	 */
	public Map<String, Object> run() {
		Map<String, double[]> weather = new HashMap<>();
		this.jdbc.query("select region_code, day, max_temp, min_temp from weather", rs -> {
			weather.put(rs.getString(1) + '|' + rs.getDate(2), new double[] { rs.getDouble(3), rs.getDouble(4) });
		});
		LoadForecaster model = RegressionForecaster.smile(ForecastSettings.defaults());
		LoadForecaster baseline = new SeasonalNaiveForecaster();
		List<ForecastBacktest.Series> sample = new ArrayList<>();
		StringBuilder rows = new StringBuilder();
		long[] customers = { 0 };
		// Forecast days with a weather forecast for the customer's region, and all
		// forecast days.
		long[] weatherDays = { 0, 0 };
		String version = "ridge-degree-days-" + LocalDate.now();
		this.tx.executeWithoutResult(s -> {
			// Replaced in the same transaction, written half a megabyte at a time: a
			// million customers' weeks would
			// not fit the heap in one text.
			this.jdbc.update("delete from forecast");
			JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
			cursor.setFetchSize(5000);
			String[] current = { null, null };
			List<LocalDate> days = new ArrayList<>();
			List<Double> kwh = new ArrayList<>();
			RowCallbackHandler handler = rs -> {
				String id = rs.getString(1);
				if (current[0] != null && !current[0].equals(id)) {
					weatherDays[0] += forecastOne(current[0], current[1], days, kwh, weather, model, sample, rows,
							version);
					weatherDays[1] += HORIZON;
					customers[0]++;
					days.clear();
					kwh.clear();
					if (rows.length() > COPY_CHARS) {
						copy(rows);
					}
				}
				current[0] = id;
				current[1] = rs.getString(2);
				days.add(rs.getDate(3).toLocalDate());
				kwh.add(rs.getDouble(4));
			};
			cursor.query("""
					with latest as (select customer_id, max(day) as last_day from usage_day group by customer_id)
					select u.customer_id, c.region_code, u.day, u.kwh from usage_day u
					join latest l on l.customer_id = u.customer_id
					left join customer c on c.customer_id = u.customer_id
					where u.day > l.last_day - ? order by u.customer_id, u.day""", handler, HISTORY);
			if (current[0] != null) {
				weatherDays[0] += forecastOne(current[0], current[1], days, kwh, weather, model, sample, rows, version);
				weatherDays[1] += HORIZON;
				customers[0]++;
			}
			copy(rows);
		});
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("version", version);
		metrics.put("customers", customers[0]);
		metrics.put("horizon_days", HORIZON);
		double covered = weatherDays[1] == 0 ? 0 : (double) weatherDays[0] / weatherDays[1];
		metrics.put("weather_forecast_share", covered);
		metrics.put("weather_assumption", covered == 0 ? "next week as warm as the last (no weather forecast ingested)"
				: String.format(Locale.ROOT,
						"weather forecast for %.0f %% of forecast days, the rest as warm as the " + "last known day",
						covered * 100));
		if (!sample.isEmpty()) {
			ForecastBacktest.Comparison c = ForecastBacktest.holdOut(sample, HORIZON, model, baseline);
			metrics.put("backtest_customers", c.customers());
			metrics.put("mae", c.model().mae());
			metrics.put("mape", c.model().mape());
			metrics.put("baseline", c.baselineName());
			metrics.put("baseline_mae", c.baseline().mae());
			metrics.put("baseline_mape", c.baseline().mape());
			metrics.put("customers_model_better", c.customersModelBetter());
			log.info("Load forecast: {}", c.summary());
		}
		this.jdbc.update(
				"""
						insert into model_version (version, kind, trained_at, metrics) values (?, 'load-forecast', now(), ?::jsonb)
						on conflict (version) do update set trained_at = now(), metrics = excluded.metrics""",
				version, this.json.writeValueAsString(metrics));
		return metrics;
	}

	private void copy(StringBuilder rows) {
		if (!rows.isEmpty()) {
			PgCopy.copyIn(this.dataSource, "copy forecast (customer_id, day, kwh, method, version) from stdin", rows);
			rows.setLength(0);
		}
	}

	/**
	 * @return how many of the forecast days had a weather forecast
	 */
	private int forecastOne(String customer, String region, List<LocalDate> days, List<Double> kwh,
			Map<String, double[]> weather, LoadForecaster model, List<ForecastBacktest.Series> sample,
			StringBuilder rows, String version) {
		List<DayConditions> history = new ArrayList<>(days.size());
		double lastMax = 20, lastMin = 12;
		for (LocalDate d : days) {
			double[] t = weather.get(region + '|' + Date.valueOf(d));
			if (t != null) {
				lastMax = t[0];
				lastMin = t[1];
			}
			history.add(new DayConditions(d, this.restDays.isRestDay(d), lastMax, lastMin));
		}
		List<DayConditions> future = new ArrayList<>(HORIZON);
		LocalDate last = days.get(days.size() - 1);
		int forecastWeather = 0;
		for (int i = 1; i <= HORIZON; i++) {
			LocalDate d = last.plusDays(i);
			double[] t = weather.get(region + '|' + Date.valueOf(d));
			if (t != null) {
				forecastWeather++;
			}
			future.add(new DayConditions(d, this.restDays.isRestDay(d), t != null ? t[0] : lastMax,
					t != null ? t[1] : lastMin));
		}
		double[] y = kwh.stream().mapToDouble(Double::doubleValue).toArray();
		Forecast f = model.forecast(history, y, future);
		for (int i = 0; i < HORIZON; i++) {
			PgCopy.field(rows, customer)
				.append('\t')
				.append(future.get(i).date())
				.append('\t')
				.append(Math.round(f.kwh()[i] * 1000) / 1000.0)
				.append('\t');
			PgCopy.field(rows, f.method()).append('\t').append(version).append('\n');
		}
		if (sample.size() < BACKTEST_SAMPLE && days.size() >= 28) {
			sample.add(new ForecastBacktest.Series(customer, history, y));
		}
		return forecastWeather;
	}

}
