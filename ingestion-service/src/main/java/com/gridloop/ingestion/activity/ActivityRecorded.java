package com.gridloop.ingestion.activity;

import java.time.LocalDate;

/**
 * A customer's app activity on one local day: events by kind and by hour of day (24
 * counts).
 */
public record ActivityRecorded(String customerId, LocalDate day, int logins, int billViews, int payments,
		int offerClicks, int[] hourly) {
}
