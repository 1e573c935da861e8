package com.gridloop.ingestion.register;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One meter's registers frozen at 00:00 of a date; the time-of-use registers are all
 * given or all null.
 *
 * @param multiplier the meter's combined CT/PT ratio: consumption is the register
 * difference times it
 */
record RegisterReading(String meterNo, String customerId, LocalDate freezeDate, BigDecimal total, BigDecimal sharp,
		BigDecimal peak, BigDecimal flat, BigDecimal valley, BigDecimal multiplier) {

	boolean hasBands() {
		return this.sharp != null;
	}

	/**
	 * Whether the other reading holds the same registers and multiplier (a repeat, not a
	 * correction).
	 */
	boolean sameValues(RegisterReading other) {
		return this.total.compareTo(other.total) == 0 && this.multiplier.compareTo(other.multiplier) == 0
				&& same(this.sharp, other.sharp) && same(this.peak, other.peak) && same(this.flat, other.flat)
				&& same(this.valley, other.valley);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/**
	 * Whether every register of this reading is at least the same register of an earlier
	 * one.
	 */
	boolean notBelow(RegisterReading earlier) {
		return this.total.compareTo(earlier.total) >= 0 && (!hasBands() || !earlier.hasBands()
				|| (this.sharp.compareTo(earlier.sharp) >= 0 && this.peak.compareTo(earlier.peak) >= 0
						&& this.flat.compareTo(earlier.flat) >= 0 && this.valley.compareTo(earlier.valley) >= 0));
	}

}
