package com.gridloop.strategy.acquisition;

import java.time.YearMonth;
import java.util.List;

import com.gridloop.strategy.acquisition.ExpansionRule.MonthDemand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpansionRuleTest {

	private static MonthDemand month(String month, double kw) {
		YearMonth m = YearMonth.parse(month);
		return new MonthDemand(m, kw, m.lengthOfMonth());
	}

	@Test
	void threeMonthsInARowAboveEightyPercentMakeALeadSizedToTheNextStandardTransformer() {
		ExpansionRule.Expansion e = ExpansionRule
			.evaluate(
					List.of(month("2026-03", 700), month("2026-04", 520), month("2026-05", 530), month("2026-06", 560)),
					630)
			.orElseThrow();
		assertThat(e.monthsAbove()).as("520 is above 504, 80 % of 630").isEqualTo(4);
		assertThat(e.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
		assertThat(e.maxDemandKw()).isEqualTo(700);
		// 700 / 0.8 = 875 kVA: the next standard size is 1000.
		assertThat(e.suggestedAddedKva()).isEqualTo(370);
	}

	@Test
	void aMonthAtOrBelowTheThresholdOrAMissingMonthBreaksTheStreak() {
		assertThat(ExpansionRule.evaluate(
				List.of(month("2026-03", 600), month("2026-04", 504), month("2026-05", 600), month("2026-06", 600)),
				630))
			.as("504 is exactly 80 %: not above")
			.isEmpty();
		assertThat(ExpansionRule.evaluate(
				List.of(month("2026-02", 600), month("2026-03", 600), month("2026-05", 600), month("2026-06", 600)),
				630))
			.as("April missing")
			.isEmpty();
		assertThat(ExpansionRule.evaluate(List.of(month("2026-04", 600), month("2026-05", 600), month("2026-06", 300)),
				630))
			.as("the latest complete month fell back")
			.isEmpty();
	}

	@Test
	void anUnfinishedLatestMonthBelowTheThresholdIsNotHeldAgainstTheMonthsBefore() {
		List<MonthDemand> months = List.of(month("2026-04", 600), month("2026-05", 600), month("2026-06", 600),
				new MonthDemand(YearMonth.of(2026, 7), 300, 5));
		ExpansionRule.Expansion e = ExpansionRule.evaluate(months, 630).orElseThrow();
		assertThat(e.monthsAbove()).isEqualTo(3);
		assertThat(e.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
		assertThat(ExpansionRule.evaluate(months.subList(1, 4), 630)).isEmpty();
	}

	@Test
	void demandBeyondTheSeriesRoundsUpToTheNextThousandKva() {
		assertThat(ExpansionRule.suggestedSize(60_000)).isEqualTo(75_000);
		assertThat(ExpansionRule.suggestedSize(40)).isEqualTo(50);
	}

}
