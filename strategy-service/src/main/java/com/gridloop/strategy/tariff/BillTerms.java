package com.gridloop.strategy.tariff;

import java.math.BigDecimal;

/**
 * The customer's contract terms a bill depends on beside usage.
 *
 * @param capacityKva contracted capacity, null if unknown
 * @param basicCharge what a two-part tariff's basic charge is levied on
 */
public record BillTerms(BigDecimal capacityKva, BasicCharge basicCharge) {

	/** The base of a two-part tariff's basic charge. */
	public enum BasicCharge {

		/** The month's maximum demand, per kW. */
		DEMAND,
		/** The contracted capacity, per kVA. */
		CAPACITY

	}

	/** Below this capacity no power-factor adjustment applies (DOMAIN §8). */
	static final BigDecimal PF_THRESHOLD_KVA = BigDecimal.valueOf(100);

	/** The basic charge on capacity when it is known, else on maximum demand. */
	public static BillTerms of(BigDecimal capacityKva) {
		return new BillTerms(capacityKva, capacityKva == null ? BasicCharge.DEMAND : BasicCharge.CAPACITY);
	}

}
