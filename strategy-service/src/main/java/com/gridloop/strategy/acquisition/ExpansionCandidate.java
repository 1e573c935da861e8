package com.gridloop.strategy.acquisition;

import java.time.YearMonth;

/**
 * A customer outgrowing its contracted capacity, for campaigns to target with a
 * capacity-expansion offer.
 *
 * @param monthsAbove consecutive months, up to {@code lastMonth}, whose maximum demand
 * exceeded 80 % of the capacity
 * @param maxDemandKw the highest monthly maximum demand of those months
 * @param suggestedAddedKva kVA to add to reach the smallest standard transformer size the
 * highest demand fills to at most 80 %
 */
public record ExpansionCandidate(String customerId, int monthsAbove, YearMonth lastMonth, double maxDemandKw,
		double contractedKva, double suggestedAddedKva, String regionCode, String industry) {
}
