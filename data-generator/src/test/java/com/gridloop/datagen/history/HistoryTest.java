package com.gridloop.datagen.history;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryTest {

	@Test
	void windowIsTheTwelveMonthsUpToTheEndOfTheReadingPeriod() {
		HistoryWindow w = HistoryWindow.of(GeneratorConfig.defaults(1, 1, 30));
		assertThat(w.firstMonth()).isEqualTo(YearMonth.of(2025, 7));
		assertThat(w.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
		assertThat(w.days()).isEqualTo(365);
		assertThat(w.heldOutFrom()).isEqualTo(YearMonth.of(2026, 4));
		// A reading period ending mid-month leaves that month out: bills are for whole
		// months.
		assertThat(HistoryWindow.of(GeneratorConfig.defaults(1, 1, 3)).lastMonth()).isEqualTo(YearMonth.of(2026, 5));
		assertThat(HistoryWindow.dueDate(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(w.paymentsObservedUntil()).isEqualTo(LocalDate.of(2026, 8, 14));
	}

	@Test
	void customerHistoryIsTheSameWhateverThePopulationSizeAndOnEveryRun() {
		History small = new History(new Population(GeneratorConfig.defaults(7, 10, 30)));
		History large = new History(new Population(GeneratorConfig.defaults(7, 500, 30)));
		for (int i = 0; i < 10; i++) {
			CustomerHistory a = small.of(small.population().customers().get(i));
			assertThat(large.of(large.population().customers().get(i))).isEqualTo(a);
			assertThat(small.of(small.population().customers().get(i))).isEqualTo(a);
		}
		StringWriter smallBills = new StringWriter(), largeBills = new StringWriter();
		new HistoryWriter(small).writeBills(smallBills);
		new HistoryWriter(large).writeBills(largeBills);
		assertThat(largeBills.toString()).startsWith(smallBills.toString());
		StringWriter smallEvents = new StringWriter(), largeEvents = new StringWriter();
		new HistoryWriter(small).writeAppEvents(smallEvents);
		new HistoryWriter(large).writeAppEvents(largeEvents);
		assertThat(largeEvents.toString()).startsWith(smallEvents.toString());
		StringWriter again = new StringWriter();
		new HistoryWriter(new History(new Population(GeneratorConfig.defaults(7, 500, 30)))).writeBills(again);
		assertThat(again.toString()).isEqualTo(largeBills.toString());
	}

	@Test
	void aDifferentSeedGivesADifferentHistory() {
		History a = new History(new Population(GeneratorConfig.defaults(7, 5, 30)));
		History b = new History(new Population(GeneratorConfig.defaults(8, 5, 30)));
		assertThat(b.of(b.population().customers().get(0)).bills())
			.isNotEqualTo(a.of(a.population().customers().get(0)).bills());
	}

	@Test
	void billedKwhFollowsTheLoadModel() {
		Population p = new Population(GeneratorConfig.defaults(3, 300, 30));
		History h = new History(p);
		LoadModel model = new LoadModel(3);
		YearMonth month = YearMonth.of(2026, 6);
		double billed = 0, modelled = 0;
		int checked = 0;
		for (SyntheticCustomer c : p.customers()) {
			CustomerHistory ch = h.of(c);
			if (ch.truth().declineFrom() != null || ch.truth().churned() || checked == 25) {
				continue;
			}
			double sum = 0;
			for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
				for (double kwh : model.day(c, d)) {
					sum += kwh;
				}
			}
			long kwh = ch.bills().get(11).kwh();
			assertThat(kwh / sum).as("customer %d, %s", c.index(), c.archetype()).isCloseTo(1.0, within(0.12));
			billed += kwh;
			modelled += sum;
			checked++;
		}
		assertThat(checked).isEqualTo(25);
		assertThat(billed / modelled).isCloseTo(1.0, within(0.03));
	}

	@Test
	void irrigationBillsFollowTheSeasonAndHouseholdsTheHeat() {
		Population p = new Population(GeneratorConfig.defaults(5, 2000, 30));
		History h = new History(p);
		double julyHomes = 0, aprilHomes = 0, julyPumps = 0, januaryPumps = 0;
		for (SyntheticCustomer c : p.customers()) {
			List<Bill> bills = h.of(c).bills();
			if (bills.size() < 12) {
				continue;
			}
			// Window 2025-07 .. 2026-06: index 0 is July, 6 January, 9 April.
			switch (c.archetype()) {
				case RESIDENTIAL -> {
					julyHomes += bills.get(0).kwh();
					aprilHomes += bills.get(9).kwh();
				}
				case IRRIGATION_SEASONAL -> {
					julyPumps += bills.get(0).kwh();
					januaryPumps += bills.get(6).kwh();
				}
				default -> {
				}
			}
		}
		assertThat(julyHomes).isGreaterThan(aprilHomes * 1.2);
		assertThat(julyPumps).isGreaterThan(januaryPumps * 5);
	}

	@Test
	void transformerAreasHoldTensToAFewHundredCustomersOfOneRegion() {
		Population p = new Population(GeneratorConfig.defaults(9, 8000, 1));
		History h = new History(p);
		Map<String, Integer> sizes = new HashMap<>();
		for (SyntheticCustomer c : p.customers()) {
			String area = h.transformerArea(c);
			assertThat(area).matches("TA-\\d{6}-\\d{4}").contains(c.regionCode());
			sizes.merge(area, 1, Integer::sum);
		}
		assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(5, 400));
		double mean = sizes.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
		assertThat(mean).isBetween(30.0, 200.0);
		assertThat(h.transformerAreas()).hasSize(sizes.size());
	}

	@Test
	void outagesOfAnAreaDoNotDependOnThePopulation() {
		History small = new History(new Population(GeneratorConfig.defaults(4, 3, 30)));
		History large = new History(new Population(GeneratorConfig.defaults(4, 3000, 30)));
		for (String area : small.transformerAreas()) {
			assertThat(large.areas().outages(area)).isEqualTo(small.areas().outages(area));
			assertThat(small.areas().outages(area)).allSatisfy(o -> {
				assertThat(o.end()).isAfter(o.start());
				assertThat(small.window().contains(o.start().toLocalDate())).isTrue();
			});
		}
	}

	@Test
	void truthIsConsistentWithWhatWasGenerated() {
		Population p = new Population(GeneratorConfig.defaults(12, 3000, 30));
		History h = new History(p);
		for (SyntheticCustomer c : p.customers()) {
			CustomerHistory ch = h.of(c);
			CustomerTruth t = ch.truth();
			assertThat(t.paymentRisk()).isBetween(0.0, 1.0);
			assertThat(t.serviceSensitivity()).isBetween(0.0, 1.0);
			assertThat(t.onlinePropensity()).isBetween(0.0, 1.0);
			assertThat(t.months()).hasSize(12);
			assertThat(ch.bills()).hasSize((int) t.months().stream().filter(MonthTruth::billed).count());
			assertThat(t.arrearsMonths())
				.isEqualTo(ch.bills().stream().filter(Bill::inArrears).map(Bill::billMonth).toList());
			if (t.churned()) {
				YearMonth month = t.churnMonth().orElseThrow();
				assertThat(YearMonth.from(t.closedDate())).isEqualTo(month);
				assertThat(h.window().indexOf(month)).isBetween(3, 11);
				assertThat(ch.bills().get(ch.bills().size() - 1).billMonth()).isEqualTo(month);
				assertThat(ch.tickets())
					.allSatisfy(k -> assertThat(k.acceptTime().toLocalDate()).isBeforeOrEqualTo(t.closedDate()));
				assertThat(ch.appEvents())
					.allSatisfy(e -> assertThat(e.ts().toLocalDate()).isBeforeOrEqualTo(t.closedDate()));
			}
			else {
				assertThat(ch.bills()).hasSize(12);
				assertThat(t.closedDate()).isNull();
			}
			assertThat(t.appUser()).isEqualTo(t.appUserId() != null);
			if (!t.appUser()) {
				assertThat(ch.appEvents()).isEmpty();
			}
		}
	}

}
