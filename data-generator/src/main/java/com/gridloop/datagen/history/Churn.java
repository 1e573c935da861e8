package com.gridloop.datagen.history;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The planted churn: the chance that a customer closes the account in the next month,
 * from the complaints, unplanned outage minutes and fall in consumption of the last three
 * months and the late bills of the last twelve.
 */
final class Churn {

	static final double CHURN_BASE = -7.6;

	static final double CHURN_PER_COMPLAINT = 2.0;

	static final double CHURN_PER_100_OUTAGE_MINUTES = 0.6;

	static final double CHURN_OUTAGE_MINUTES_CAP = 900;

	static final double CHURN_PER_FALL = 18;

	static final double CHURN_PER_LATE_BILL = 0.2;

	private Churn() {
	}

	/**
	 * The chance at the end of month m (2 or later) given what the customer lived through
	 * up to then.
	 */
	static double probability(int m, HistoryWindow window, long[] outageMinutes, CustomerTraits traits,
			Payments payments, Calls calls) {
		LocalDateTime from = window.month(m - 2).atDay(1).atStartOfDay();
		LocalDateTime to = window.month(m).atEndOfMonth().atTime(LocalTime.MAX);
		int complaints = calls.complaintsBetween(from, to);
		long minutes = outageMinutes[m - 2] + outageMinutes[m - 1] + outageMinutes[m];
		double recent = traits.drift(m - 2) + traits.drift(m - 1) + traits.drift(m);
		double before = traits.drift(m - 5) + traits.drift(m - 4) + traits.drift(m - 3);
		double fall = Math.max(0, 1 - recent / before);
		double z = CHURN_BASE + CHURN_PER_COMPLAINT * complaints
				+ CHURN_PER_100_OUTAGE_MINUTES * Math.min(minutes, CHURN_OUTAGE_MINUTES_CAP) / 100
				+ CHURN_PER_FALL * fall + CHURN_PER_LATE_BILL * payments.lateBillsBefore(m);
		return Draws.sigmoid(z);
	}

}
