package com.gridloop.ingestion.bill;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A monthly bill and what was paid of it, as of the extract. {@code month} is
 * {@code yyyy-MM}.
 */
public record BillRecorded(String customerId, String consNo, String month, BigDecimal kwh, BigDecimal amount,
		LocalDate dueDate, BigDecimal paidAmount, LocalDate paidDate, BigDecimal oweAmount, BigDecimal penalty,
		String payChannel) {
}
