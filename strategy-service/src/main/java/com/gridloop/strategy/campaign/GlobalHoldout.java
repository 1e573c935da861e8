package com.gridloop.strategy.campaign;

import java.time.LocalDate;

/**
 * The global holdout: a share of customers, chosen by a hash of customer and quarter,
 * left out of every campaign of the quarter, so that evaluation can measure what
 * marketing as a whole did. A new quarter draws a new holdout.
 */
final class GlobalHoldout {

	private GlobalHoldout() {
	}

	/** The quarter a day falls in, such as {@code 2026Q4}. */
	static String quarter(LocalDate day) {
		return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}

	static boolean heldOut(String customerId, LocalDate day, double share) {
		return Holdout.position(customerId, "global-holdout|" + quarter(day)) < share;
	}

}
