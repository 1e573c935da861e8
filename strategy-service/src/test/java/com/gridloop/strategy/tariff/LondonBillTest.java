package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.gridloop.strategy.tariff.BillEngineTest.amounts;
import static com.gridloop.strategy.tariff.BillEngineTest.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * London 2013 days on the real Low Carbon London schedule (GMT half-hours), billed in
 * pounds: the local days of the clock changes have 46 and 50 half-hours.
 */
class LondonBillTest {

	@Test
	void springForwardDayHas46HalfHoursAllNormal() {
		// 2013-03-31 London: 00:00 GMT to 23:00 GMT, 46 half-hours, every one Normal in
		// the
		// schedule. 46 x 0.5 = 23 kWh: dynamic 23 x 0.1176 = 2.7048 -> 2.70;
		// flat 23 x 0.14228 = 3.27244 -> 3.27.
		List<Intervals.Interval> day = localDay(LocalDate.of(2013, 3, 31));
		assertThat(day).hasSize(46);
		MonthBill dynamic = one(TestTariffs.londonDynamic(), day, 30, null, BillTerms.of(null));
		assertThat(amounts(dynamic)).containsExactly("energy FLAT 2.70");
		assertThat(dynamic.currency()).isEqualTo("GBP");
		MonthBill flat = one(TestTariffs.londonFlat(), day, 30, null, BillTerms.of(null));
		assertThat(amounts(flat)).containsExactly("energy null 3.27");
		assertThat(flat.kwh()).isEqualByComparingTo("23");
	}

	@Test
	void fallBackDayHas50HalfHours() {
		// 2013-10-27 London: 23:00 GMT on the 26th to 24:00 GMT, 50 half-hours, all
		// Normal.
		// 50 x 0.5 = 25 kWh: dynamic 25 x 0.1176 = 2.94; flat 25 x 0.14228 = 3.557 ->
		// 3.56.
		List<Intervals.Interval> day = localDay(LocalDate.of(2013, 10, 27));
		assertThat(day).hasSize(50);
		assertThat(one(TestTariffs.londonDynamic(), day, 30, null, BillTerms.of(null)).total())
			.isEqualByComparingTo("2.94");
		assertThat(one(TestTariffs.londonFlat(), day, 30, null, BillTerms.of(null)).total())
			.isEqualByComparingTo("3.56");
	}

	@Test
	void highAndLowSignalsOfAnEventDay() {
		// 2013-03-28 (GMT, before the clock change): Low 00:00-17:00 and 23:00-24:00 (36
		// half-hours), High 17:00-23:00 (12). At 0.5 kWh each: Low 18 kWh x 0.0399 =
		// 0.7182
		// -> 0.72; High 6 kWh x 0.672 = 4.032 -> 4.03; total 4.75.
		MonthBill bill = one(TestTariffs.londonDynamic(), localDay(LocalDate.of(2013, 3, 28)), 30, null,
				BillTerms.of(null));
		assertThat(amounts(bill)).containsExactly("energy PEAK 4.03", "energy VALLEY 0.72");
		assertThat(bill.total()).isEqualByComparingTo("4.75");
	}

	@Test
	void hourlyIntervalsAreSplitOverTheScheduleHalfHours() {
		// 2013-03-28 16:00-18:00 GMT in two hourly readings of 2 kWh: 16:00-17:00 is Low
		// (2 kWh x 0.0399 = 0.0798 -> 0.08), 17:00-18:00 High (2 x 0.672 = 1.344 ->
		// 1.34).
		List<Intervals.Interval> hours = List.of(interval(2013, 3, 28, 16, 0, "2"), interval(2013, 3, 28, 17, 0, "2"));
		MonthBill bill = one(TestTariffs.londonDynamic(), hours, 60, null, BillTerms.of(null));
		assertThat(amounts(bill)).containsExactly("energy PEAK 1.34", "energy VALLEY 0.08");
	}

	private static List<Intervals.Interval> localDay(LocalDate day) {
		List<Intervals.Interval> intervals = new ArrayList<>();
		ZonedDateTime t = day.atStartOfDay(TestTariffs.LONDON);
		while (t.toLocalDate().equals(day)) {
			intervals.add(new Intervals.Interval(t.toInstant(), new BigDecimal("0.5")));
			t = t.plusMinutes(30);
		}
		return intervals;
	}

	private static Intervals.Interval interval(int y, int m, int d, int h, int min, String kwh) {
		return new Intervals.Interval(ZonedDateTime.of(y, m, d, h, min, 0, 0, java.time.ZoneOffset.UTC).toInstant(),
				new BigDecimal(kwh));
	}

}
