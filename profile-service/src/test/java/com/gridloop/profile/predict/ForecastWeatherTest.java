package com.gridloop.profile.predict;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.profile.UsageFacts;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load forecast takes the next week's temperatures from weather rows dated ahead (a
 * weather forecast) where the customer's region has them, and assumes the last known
 * day's weather where it has none.
 */
@ProfileIntegrationTest
class ForecastWeatherTest {

	private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

	private static final int DAYS = 42;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ForecastJob forecasts;

	@Test
	void aHotWeekAheadRaisesTheForecastOnlyWhereItWasForecast() {
		Map<String, String> customers = new LinkedHashMap<>();
		Map<String, String> usage = new LinkedHashMap<>();
		Map<String, String> weather = new LinkedHashMap<>();
		// Two households alike in every way, in two districts; only the first district
		// has a weather forecast.
		for (String[] c : new String[][] { { "fc-forecast", "420106" }, { "fc-persist", "420107" } }) {
			customers.put(c[0], this.codec.encode(this.codec.wrap(Events.CUSTOMER_LINKED, c[0],
					Map.of("customerId", c[0], "category", "RESIDENTIAL", "regionCode", c[1]))));
			for (int d = 0; d < DAYS; d++) {
				LocalDate day = FIRST.plusDays(d);
				// Cool and hot days alternate; the last observed day is cool. Usage grows
				// with cooling degrees.
				double max = d % 2 == 1 ? 22 : 34;
				double kwh = 10 * Math.exp(0.08 * Math.max(0, max - 26));
				usage.put(c[0] + day,
						this.codec.encode(this.codec.wrap(Events.USAGE_RECORDED, c[0], fact(c[0], day, kwh))));
				weather.put(c[1] + day, this.codec.encode(this.codec.wrap(Events.WEATHER_RECORDED, c[1],
						Map.of("regionCode", c[1], "day", day.toString(), "minTemp", max - 8, "maxTemp", max))));
			}
		}
		for (int d = 0; d < ForecastJob.HORIZON; d++) {
			LocalDate day = FIRST.plusDays(DAYS + d);
			weather.put("ahead" + day, this.codec.encode(this.codec.wrap(Events.WEATHER_RECORDED, "420106",
					Map.of("regionCode", "420106", "day", day.toString(), "minTemp", 28, "maxTemp", 36))));
		}
		TestKafka kafka = TestKafka.shared();
		kafka.sendAll(Topics.CUSTOMERS, customers);
		kafka.sendAll(Topics.USAGE_DAILY, usage);
		kafka.sendAll(Topics.WEATHER, weather);
		TestKafka.await(Duration.ofSeconds(60), "usage and weather stored", () -> count(
				"select count(*) from usage_day where customer_id like 'fc-%'") == 2 * DAYS
				&& count("select count(*) from weather where region_code in ('420106', '420107')") == 2 * DAYS
						+ ForecastJob.HORIZON
				&& count(
						"select count(*) from customer where customer_id like 'fc-%' and region_code is not null") == 2);

		Map<String, Object> metrics = this.forecasts.run();

		double hot = mean("fc-forecast");
		double persisted = mean("fc-persist");
		// 36 °C is 10 cooling degrees: about 10 * e^0.8 = 22 kWh; the last observed day
		// (22 °C) needs none: 10 kWh.
		assertThat(hot).as("forecast under the 36 °C weather forecast").isBetween(18.0, 27.0);
		assertThat(persisted).as("forecast assuming the last day's 22 °C").isBetween(8.5, 12.0);
		assertThat((double) metrics.get("weather_forecast_share")).isPositive();
		assertThat((String) metrics.get("weather_assumption")).contains("weather forecast for");
	}

	private static Map<String, Object> fact(String customer, LocalDate day, double kwh) {
		double[] hourly = new double[24];
		java.util.Arrays.fill(hourly, kwh / 24);
		return UsageFacts.fact(customer, day, hourly);
	}

	private double mean(String customer) {
		Double m = this.jdbc.queryForObject("select avg(kwh) from forecast where customer_id = ?", Double.class,
				customer);
		assertThat(m).as("forecast of " + customer).isNotNull();
		return m;
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
