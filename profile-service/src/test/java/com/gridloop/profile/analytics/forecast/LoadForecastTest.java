package com.gridloop.profile.analytics.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.Weather;
import com.gridloop.profile.analytics.GeneratedLoad;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-customer regression forecasts next week's daily kWh of generated customers
 * (heat-sensitive load, rest days) better than the same weekday a week before.
 */
class LoadForecastTest {

	/**
	 * Eight weeks of history and the held-out week: 2026-07-01 .. 2026-09-01, no holiday
	 * inside.
	 */
	private static final LocalDate FIRST = LocalDate.of(2026, 7, 1);

	private static final int DAYS = 63;

	@Test
	void regressionBeatsSeasonalNaiveOnAHeldOutWeek() {
		Population population = new Population(GeneratorConfig.defaults(99L, 600, DAYS).withFirstDay(FIRST));
		LoadModel model = new LoadModel(population.config().seed());
		Weather weather = model.weather();
		SplittableRandom forecastError = new SplittableRandom(5);
		List<ForecastBacktest.Series> series = new ArrayList<>();
		for (SyntheticCustomer c : population.customers()) {
			List<DayConditions> days = new ArrayList<>();
			double[] kwh = new double[DAYS];
			for (int d = 0; d < DAYS; d++) {
				LocalDate date = FIRST.plusDays(d);
				double tmax = weather.maxTemperature(c.regionCode(), date);
				if (d >= DAYS - 7) {
					// The held-out week is forecast with a weather forecast, not the
					// weather that came.
					tmax += 1.5 * forecastError.nextGaussian();
				}
				days.add(new DayConditions(date, GeneratedLoad.restDay(date), tmax, tmax - 8));
				for (double v : model.day(c, date)) {
					kwh[d] += v;
				}
			}
			series.add(new ForecastBacktest.Series(c.customerNo(), days, kwh));
		}
		long t0 = System.nanoTime();
		ForecastBacktest.Comparison result = ForecastBacktest.holdOut(series, 7,
				RegressionForecaster.smile(ForecastSettings.defaults()), new SeasonalNaiveForecaster());
		System.out.printf("Load forecast, %d customers (%.2f s): %s%n", result.customers(),
				(System.nanoTime() - t0) / 1e9, result.summary());
		ForecastBacktest.Comparison weekdays = ForecastBacktest.holdOut(series, 7,
				RegressionForecaster.smile(ForecastSettings.defaults().withWeekdayEffects(true)),
				new SeasonalNaiveForecaster());
		System.out.println("  with weekday dummies: " + weekdays.summary());
		assertThat(result.model().mape()).isLessThan(0.8 * result.baseline().mape());
		assertThat(result.model().mae()).isLessThan(0.8 * result.baseline().mae());
		assertThat(result.customersModelBetter()).isGreaterThan(result.customers() * 6 / 10);
	}

	@Test
	void shortHistoryFallsBackToSeasonalNaive() {
		List<DayConditions> days = new ArrayList<>();
		double[] kwh = new double[10];
		for (int d = 0; d < 10; d++) {
			days.add(new DayConditions(FIRST.plusDays(d), false, 30, 22));
			kwh[d] = 10 + d;
		}
		List<DayConditions> next = List.of(new DayConditions(FIRST.plusDays(10), false, 30, 22));
		Forecast f = RegressionForecaster.smile(ForecastSettings.defaults()).forecast(days, kwh, next);
		assertThat(f.method()).contains("too little history");
		assertThat(f.kwh()[0]).isEqualTo(13.0);
	}

	@Test
	void recoversPlantedCoolingAndRestDayEffects() {
		// ln kWh = ln 20 - 0.3 rest + 0.05 cooling degrees, exactly: the fit must give it
		// back.
		List<DayConditions> days = new ArrayList<>();
		double[] kwh = new double[42];
		for (int d = 0; d < 42; d++) {
			LocalDate date = FIRST.plusDays(d);
			boolean rest = date.getDayOfWeek().getValue() >= 6;
			double tmax = 24 + (d * 7 % 11);
			days.add(new DayConditions(date, rest, tmax, tmax - 8));
			kwh[d] = 20 * Math.exp(-0.3 * (rest ? 1 : 0) + 0.05 * Math.max(0, tmax - 26));
		}
		List<DayConditions> next = List.of(new DayConditions(FIRST.plusDays(42), true, 34, 26));
		Forecast f = RegressionForecaster.smile(new ForecastSettings(56, 21, 26, 5, 0, false))
			.forecast(days, kwh, next);
		assertThat(f.kwh()[0]).isCloseTo(20 * Math.exp(-0.3 + 0.05 * 8), org.assertj.core.api.Assertions.within(1e-6));
	}

}
