package com.gridloop.strategy.acquisition;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One acquisition lead: an open connection application (resolved to a customer, or a
 * prospect without one) or a customer outgrowing its capacity. Fields that do not apply
 * to the lead's type are left out.
 *
 * @param key the application number, or the customer id of an expansion lead
 * @param prospect an application no customer was found for
 * @param industry GB/T 4754 section letter
 * @param kva kVA requested by the application, or suggested to add for an expansion
 * @param lastMonth first day of the latest month above 80 % of capacity
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Lead(LeadType type, String key, String customerId, boolean prospect, String regionCode, String industry,
		String kind, String status, double kva, LocalDate appliedOn, Integer monthsAbove, LocalDate lastMonth,
		Double maxDemandKw, Double contractedKva) {

	/** Where a lead comes from. */
	enum LeadType {

		/** An open connection or capacity-expansion application. */
		APPLICATION,

		/** A customer whose demand stayed above 80 % of its capacity. */
		EXPANSION

	}

}
