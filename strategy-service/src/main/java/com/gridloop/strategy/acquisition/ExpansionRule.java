package com.gridloop.strategy.acquisition;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * When a customer has outgrown its contracted capacity: its monthly maximum demand stayed
 * above 80 % of the capacity for at least three consecutive months up to its latest
 * month. Demand in kW is compared with capacity in kVA as the business rule states it (at
 * a power factor near 1; a poorer one only makes the transformer fuller). The latest
 * month, while not every day of it has been seen and not yet above, is not held against
 * the streak: it is judged on the months before.
 */
final class ExpansionRule {

	/** Share of the contracted capacity a month's maximum demand must exceed. */
	static final double THRESHOLD = 0.8;

	/** Consecutive months above the threshold that make a lead. */
	static final int MONTHS = 3;

	/**
	 * Transformer sizes in kVA (the R10 series of GB/T 6451), the capacities a customer
	 * can step up to.
	 */
	private static final int[] SIZES = { 30, 50, 63, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250,
			1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000, 12500, 16000, 20000, 25000, 31500, 40000, 50000,
			63000 };

	/**
	 * A customer's highest demand in a month, and on how many of its days it was seen.
	 */
	record MonthDemand(YearMonth month, double maxDemandKw, int daysSeen) {
	}

	/**
	 * A customer outgrowing its capacity.
	 *
	 * @param monthsAbove consecutive months above the threshold, up to {@code lastMonth}
	 * @param maxDemandKw the highest demand of those months
	 * @param suggestedAddedKva what to add to reach the smallest standard size that the
	 * highest demand fills to at most 80 %
	 */
	record Expansion(int monthsAbove, YearMonth lastMonth, double maxDemandKw, double suggestedAddedKva) {
	}

	private ExpansionRule() {
	}

	/**
	 * The expansion a customer needs, if any.
	 * @param months the customer's months in calendar order
	 */
	static Optional<Expansion> evaluate(List<MonthDemand> months, double contractedKva) {
		if (contractedKva <= 0 || months.isEmpty()) {
			return Optional.empty();
		}
		int i = months.size() - 1;
		MonthDemand latest = months.get(i);
		if (!above(latest, contractedKva) && latest.daysSeen() < latest.month().lengthOfMonth()) {
			i--;
		}
		if (i < 0) {
			return Optional.empty();
		}
		YearMonth last = months.get(i).month();
		YearMonth expected = last;
		int streak = 0;
		double max = 0;
		for (; i >= 0 && months.get(i).month().equals(expected) && above(months.get(i), contractedKva); i--) {
			streak++;
			max = Math.max(max, months.get(i).maxDemandKw());
			expected = expected.minusMonths(1);
		}
		if (streak < MONTHS) {
			return Optional.empty();
		}
		return Optional.of(new Expansion(streak, last, max, suggestedSize(max) - contractedKva));
	}

	private static boolean above(MonthDemand m, double contractedKva) {
		return m.maxDemandKw() > THRESHOLD * contractedKva;
	}

	/**
	 * The smallest standard size the demand fills to at most 80 %; beyond the series, the
	 * next 1,000 kVA.
	 */
	static double suggestedSize(double maxDemandKw) {
		double needed = maxDemandKw / THRESHOLD;
		for (int size : SIZES) {
			if (size >= needed) {
				return size;
			}
		}
		return Math.ceil(needed / 1000) * 1000;
	}

}
