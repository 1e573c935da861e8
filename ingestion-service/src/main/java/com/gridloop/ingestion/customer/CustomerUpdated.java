package com.gridloop.ingestion.customer;

import java.time.LocalDate;

/**
 * A known customer's transformer area or account status changed (a closed account has its
 * closing date).
 */
public record CustomerUpdated(String customerId, String customerNo, String transformerArea, String status,
		LocalDate closedDate) {
}
