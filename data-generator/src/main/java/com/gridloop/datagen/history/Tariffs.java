package com.gridloop.datagen.history;

import java.math.BigDecimal;

/**
 * Energy prices the history bills with, in yuan per kWh by tariff code (Hubei,
 * residential tier 1 and the 2026-01 agency purchase table; the capacity charge of the
 * two-part tariff and time-of-use bands are left out).
 */
public final class Tariffs {

	private static final BigDecimal RESIDENTIAL = new BigDecimal("0.558");

	private static final BigDecimal SINGLE_PART_LV = new BigDecimal("0.735686");

	private static final BigDecimal SINGLE_PART_10KV = new BigDecimal("0.715686");

	private static final BigDecimal TWO_PART_10KV = new BigDecimal("0.651886");

	private static final BigDecimal AGRICULTURAL = new BigDecimal("0.735686");

	private Tariffs() {
	}

	public static BigDecimal pricePerKwh(String tariffCode) {
		return switch (tariffCode) {
			case "HB-RES" -> RESIDENTIAL;
			case "HB-CI-SP-LV" -> SINGLE_PART_LV;
			case "HB-CI-SP-10KV" -> SINGLE_PART_10KV;
			case "HB-CI-TP-10KV" -> TWO_PART_10KV;
			case "HB-AGR" -> AGRICULTURAL;
			default -> throw new IllegalArgumentException("No price for tariff " + tariffCode);
		};
	}

}
