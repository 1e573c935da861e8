package com.gridloop.evaluation.account;

import com.gridloop.evaluation.stats.ProportionComparison;
import com.gridloop.evaluation.stats.WelchInterval;

/**
 * Business outcomes of a campaign, treatment against control, intention to treat (every
 * assigned customer counts, with zero where no ticket or bill arrived).
 *
 * @param windowDays days after launch that retention and complaints count
 * @param retention share of customers whose account was not closed within the window
 * (Newcombe's interval of the difference)
 * @param complaintsPer1000 complaint tickets accepted in the window per 1,000 customers
 * (Welch's interval on the per-customer counts × 1,000)
 * @param revenuePerCustomer billed amount of the launch month and later per customer
 * (Welch's interval)
 */
public record AccountOutcomes(int windowDays, ProportionComparison retention, WelchInterval complaintsPer1000,
		WelchInterval revenuePerCustomer) {

	/** Retention and complaints count this many days from the launch day. */
	public static final int WINDOW_DAYS = 90;

}
