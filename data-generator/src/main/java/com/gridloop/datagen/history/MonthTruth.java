package com.gridloop.datagen.history;

import java.time.YearMonth;

/**
 * What the generator planted about one customer in one bill month.
 *
 * @param billed whether the customer was still connected (false after closing)
 * @param arrearsProbability planted chance that this month's bill goes into arrears (NaN
 * when not billed)
 * @param arrears whether it did (unpaid in full 30 days after its due date)
 * @param churnProbability planted chance, drawn at this month's end, that the customer
 * closes the account next month; NaN where no draw was made (months 0 and 1 lack 90 days
 * of history, month 11 has no next month, or closed)
 * @param complaints complaints (投诉) accepted this month, including those filed from an
 * unknown phone
 * @param unplannedOutageMinutes minutes of unplanned outages of the customer's area that
 * started this month
 */
public record MonthTruth(YearMonth month, boolean billed, double arrearsProbability, boolean arrears,
		double churnProbability, int complaints, long unplannedOutageMinutes) {
}
