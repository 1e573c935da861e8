package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bills hand-computed from the published prices: each expected amount is worked out in
 * the comment above it, each line rounded half-up to 0.01.
 */
class BillEngineTest {

	@Test
	void julyDayOnTwoPartTariffWithSharpPeakDemandChargeAndPowerFactorPenalty() {
		// 2026-07-15, 15-minute intervals of 10 kWh, 25 kWh from 20:00 to 22:00 (the July
		// sharp band). Bands in July: sharp 20-22, peak 16-20 and 22-24, flat 6-12 and
		// 14-16, valley 0-6 and 12-14.
		// sharp 2 h x 100 = 200 kWh x 1.049999 = 209.9998 -> 210.00
		// peak 6 h x 40 = 240 kWh x 0.848961 = 203.75064 -> 203.75
		// flat 8 h x 40 = 320 kWh x 0.651886 = 208.60352 -> 208.60
		// valley 8 h x 40 = 320 kWh x 0.432924 = 138.53568 -> 138.54
		// maximum demand 25 kWh x 60 / 15 = 100 kW x 42 yuan = 4200.00
		// power factor 0.86 against 0.90: 4 x 0.5 % = +2 % of 4960.89 = 99.2178 -> 99.22
		// total 4960.89 + 99.22 = 5060.11
		MonthBill bill = one(TestTariffs.twoPart10kv(),
				day(LocalDate.of(2026, 7, 15), 15, h -> h >= 20 && h < 22 ? 25 : 10), 15, "0.86", BillTerms.of(null));
		assertThat(amounts(bill)).containsExactly("energy SHARP 210.00", "energy PEAK 203.75", "energy FLAT 208.60",
				"energy VALLEY 138.54", "basic_demand null 4200.00", "power_factor null 99.22");
		assertThat(bill.maxDemandKw()).isEqualByComparingTo("100");
		assertThat(bill.pfAdjustmentPercent()).isEqualByComparingTo("2.0");
		assertThat(bill.total()).isEqualByComparingTo("5060.11");
		assertThat(bill.kwh()).isEqualByComparingTo("1080");
	}

	@Test
	void januaryDayMovesTheSharpBandAndCapacityChargeEarnsPowerFactorCredit() {
		// The same load on 2026-01-15: outside July-August 20-22 is peak, sharp is 18-20.
		// sharp 18-20: 80 kWh x 1.049999 = 83.99992 -> 84.00
		// peak 16-18, 20-22, 22-24: 80 + 200 + 80 = 360 kWh x 0.848961 = 305.62596 ->
		// 305.63
		// flat 320 kWh -> 208.60; valley 320 kWh -> 138.54
		// capacity 800 kVA x 26.3 = 21040.00
		// power factor 0.95 against 0.90: -0.75 % of 21776.77 = -163.325775 -> -163.33
		// total 21776.77 - 163.33 = 21613.44
		MonthBill bill = one(TestTariffs.twoPart10kv(),
				day(LocalDate.of(2026, 1, 15), 15, h -> h >= 20 && h < 22 ? 25 : 10), 15, "0.95",
				BillTerms.of(new BigDecimal("800")));
		assertThat(amounts(bill)).containsExactly("energy SHARP 84.00", "energy PEAK 305.63", "energy FLAT 208.60",
				"energy VALLEY 138.54", "basic_capacity null 21040.00", "power_factor null -163.33");
		assertThat(bill.total()).isEqualByComparingTo("21613.44");
	}

	@Test
	void sharpPeakHourOnSinglePartBelowHundredKvaHasNoPowerFactorAdjustment() {
		// 2026-03-10 18:00-19:00 (sharp outside July-August), 4 x 2.5 = 10 kWh x 1.133999
		// = 11.33999 -> 11.34; 80 kVA is below the 100 kVA of the adjustment rules.
		List<Intervals.Interval> hour = new ArrayList<>();
		for (int q = 0; q < 4; q++) {
			hour.add(new Intervals.Interval(
					ZonedDateTime.of(2026, 3, 10, 18, q * 15, 0, 0, TestTariffs.CHINA).toInstant(),
					new BigDecimal("2.5")));
		}
		MonthBill bill = one(TestTariffs.singlePartLv(), hour, 15, "0.80", BillTerms.of(new BigDecimal("80")));
		assertThat(amounts(bill)).containsExactly("energy SHARP 11.34");
		assertThat(bill.pfAdjustmentPercent()).isNull();
		assertThat(bill.total()).isEqualByComparingTo("11.34");
	}

	@Test
	void agricultureIsAdjustedAgainstTheStandardOf080() {
		// 2026-04-01 10:00-11:00 (flat band), 4 x 5 = 20 kWh x 0.735686 = 14.71372 ->
		// 14.71
		// power factor 0.78 against 0.80: 2 x 0.5 % = +1 % of 14.71 = 0.1471 -> 0.15
		// total 14.86
		List<Intervals.Interval> hour = new ArrayList<>();
		for (int q = 0; q < 4; q++) {
			hour.add(new Intervals.Interval(
					ZonedDateTime.of(2026, 4, 1, 10, q * 15, 0, 0, TestTariffs.CHINA).toInstant(),
					new BigDecimal("5")));
		}
		MonthBill bill = one(TestTariffs.agriculture(), hour, 15, "0.78", BillTerms.of(null));
		assertThat(amounts(bill)).containsExactly("energy FLAT 14.71", "power_factor null 0.15");
		assertThat(bill.total()).isEqualByComparingTo("14.86");
	}

	@Test
	void residentialTiersOverAPartYearArePaidProRataByMonth() {
		// September to December: 4 months, tiers 2160 x 4/12 = 720 and 4800 x 4/12 =
		// 1600.
		// Sep 300 kWh (0 -> 300): 300 x 0.558 = 167.40
		// Oct 500 kWh (300 -> 800): 420 x 0.558 = 234.36, 80 x 0.608 = 48.64 -> 283.00
		// Nov 400 kWh (800 -> 1200): 400 x 0.608 = 243.20
		// Dec 600 kWh (1200 -> 1800): 400 x 0.608 = 243.20, 200 x 0.858 = 171.60 ->
		// 414.80
		List<MonthUsage> months = List.of(flat(9, "300"), flat(10, "500"), flat(11, "400"), flat(12, "600"));
		List<MonthBill> bills = BillEngine.bill(TestTariffs.residentialTiers()::at, months, BillTerms.of(null));
		assertThat(bills).extracting(b -> b.total().toPlainString())
			.containsExactly("167.40", "283.00", "243.20", "414.80");
		assertThat(amounts(bills.get(1))).containsExactly("energy TIER_1 234.36", "energy TIER_2 48.64");
		assertThat(amounts(bills.get(3))).containsExactly("energy TIER_2 243.20", "energy TIER_3 171.60");
	}

	@Test
	void residentialTimeOfUseKeepsTheTierStepsOnTop() {
		// One month of the year (May): tiers at 180 and 400 kWh.
		// sharp 50 x 0.78 = 39.00, peak 60 x 0.68 = 40.80, flat 150 x 0.58 = 87.00,
		// valley 240 x 0.43 = 103.20; 500 kWh: tier 2 180-400 = 220 x 0.05 = 11.00,
		// tier 3 400-500 = 100 x 0.30 = 30.00; total 311.00
		MonthUsage may = new MonthUsage(YearMonth.of(2026, 5), new BigDecimal("500"),
				TestTariffs.byBand("50", "60", "150", "240"), null, null, 31);
		MonthBill bill = BillEngine.bill(TestTariffs.residentialTou()::at, List.of(may), BillTerms.of(null)).get(0);
		assertThat(amounts(bill)).containsExactly("energy SHARP 39.00", "energy PEAK 40.80", "energy FLAT 87.00",
				"energy VALLEY 103.20", "tier_step TIER_2 11.00", "tier_step TIER_3 30.00");
		assertThat(bill.total()).isEqualByComparingTo("311.00");
	}

	@Test
	void evHomeChargerOverMidnight() {
		// 7 kW charger, hourly intervals: 2026-07-01 21-22 sharp 7 kWh x 0.78 = 5.46,
		// 23-24 valley; 2026-07-02 00-02 valley: 21 kWh x 0.43 = 9.03; 17-18 peak 7 x
		// 0.68 =
		// 4.76. Total 19.25; no tiers, no power-factor rules.
		List<Intervals.Interval> charging = List.of(at(2026, 7, 1, 21), at(2026, 7, 1, 23), at(2026, 7, 2, 0),
				at(2026, 7, 2, 1), at(2026, 7, 2, 17));
		MonthBill bill = one(TestTariffs.ev(), charging, 60, "0.5", BillTerms.of(null));
		assertThat(amounts(bill)).containsExactly("energy SHARP 5.46", "energy PEAK 4.76", "energy VALLEY 9.03");
		assertThat(bill.total()).isEqualByComparingTo("19.25");
		assertThat(bill.days()).isEqualTo(2);
	}

	@Test
	void monthsThatRepeatAreRefused() {
		assertThatThrownBy(() -> BillEngine.bill(TestTariffs.residentialTiers()::at,
				List.of(flat(9, "1"), flat(9, "1")), BillTerms.of(null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoPartOnDemandWithoutMaximumDemandIsRefused() {
		MonthUsage may = new MonthUsage(YearMonth.of(2026, 5), new BigDecimal("500"),
				TestTariffs.byBand("50", "60", "150", "240"), null, null, 31);
		assertThatThrownBy(() -> BillEngine.bill(TestTariffs.twoPart10kv()::at, List.of(may), BillTerms.of(null)))
			.hasMessageContaining("no maximum demand");
	}

	static MonthBill one(TariffVersions tariff, List<Intervals.Interval> intervals, int minutes, String pf,
			BillTerms terms) {
		List<MonthUsage> months = Intervals.months(intervals, minutes, tariff, pf == null ? null : new BigDecimal(pf));
		List<MonthBill> bills = BillEngine.bill(tariff::at, months, terms);
		assertThat(bills).hasSize(1);
		return bills.get(0);
	}

	static List<String> amounts(MonthBill bill) {
		return bill.lines().stream().map(l -> l.item() + " " + l.band() + " " + l.amount().toPlainString()).toList();
	}

	/** A local day of intervals; kWh per interval by the hour it starts in. */
	static List<Intervals.Interval> day(LocalDate day, int minutes, Function<Integer, Integer> kwhByHour) {
		List<Intervals.Interval> intervals = new ArrayList<>();
		ZonedDateTime t = day.atStartOfDay(TestTariffs.CHINA);
		while (t.toLocalDate().equals(day)) {
			intervals.add(new Intervals.Interval(t.toInstant(), BigDecimal.valueOf(kwhByHour.apply(t.getHour()))));
			t = t.plusMinutes(minutes);
		}
		return intervals;
	}

	private static Intervals.Interval at(int y, int m, int d, int hour) {
		Instant start = ZonedDateTime.of(y, m, d, hour, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
		return new Intervals.Interval(start, new BigDecimal("7"));
	}

	private static MonthUsage flat(int month, String kwh) {
		return new MonthUsage(YearMonth.of(2026, month), new BigDecimal(kwh), Map.of(), null, null, 30);
	}

}
