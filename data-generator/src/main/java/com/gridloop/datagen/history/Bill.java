package com.gridloop.datagen.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One monthly bill as the billing system exports it, with its payments up to
 * {@link HistoryWindow#paymentsObservedUntil()}.
 *
 * @param kwh billed energy (whole kWh, as meter reads are)
 * @param amount yuan, energy times the tariff price
 * @param paidAmount yuan paid (the whole amount, part of it, or zero)
 * @param paidDate day of the payment, null when nothing was paid
 * @param oweAmount amount minus paid amount (OWE_AMT)
 * @param penalty late-payment penalty: 0.1 % a day of what was outstanding after the due
 * date, up to the payment, and of what is still owed after it up to the extract day
 * @param payChannel null when nothing was paid
 */
public record Bill(String consNo, YearMonth billMonth, long kwh, BigDecimal amount, LocalDate dueDate,
		BigDecimal paidAmount, LocalDate paidDate, BigDecimal oweAmount, BigDecimal penalty, PayChannel payChannel) {

	/** Not paid in full by the due date. */
	public boolean lateAtDue() {
		return this.paidDate == null || this.paidDate.isAfter(this.dueDate) || this.oweAmount.signum() > 0;
	}

	/** Not paid in full 30 days after the due date, as the file shows it. */
	public boolean inArrears() {
		return this.oweAmount.signum() > 0 || this.paidDate.isAfter(this.dueDate.plusDays(HistoryWindow.ARREARS_DAYS));
	}

}
