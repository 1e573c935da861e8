package com.gridloop.strategy.acquisition;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The load trend of a region and industry, and its leads.
 *
 * @param industry GB/T 4754 section letter; null for customers without an industry code
 * (households)
 * @param annualKwh the area's customers' annual kWh
 * @param yoyGrowth year-on-year growth of the area's kWh: the customers' annual kWh over
 * what it was a year before by their {@code yoy_growth} tag, minus 1; null when no
 * customer has 24 bill months
 * @param customersWithYoy customers that growth is computed on
 * @param recentTrend the same over the {@code kwh_trend} tag: the last 3 bill months
 * against the 3 before, not seasonally adjusted
 * @param requestedKva kVA of the area's open applications
 * @param suggestedKva kVA the area's expansion leads should add
 * @param topLeads up to five of the area's leads, the largest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GrowthArea(String regionCode, String industry, long customers, double annualKwh, Double yoyGrowth,
		long customersWithYoy, Double recentTrend, long applications, long prospects, double requestedKva,
		long expansionLeads, double suggestedKva, List<Lead> topLeads) {
}
