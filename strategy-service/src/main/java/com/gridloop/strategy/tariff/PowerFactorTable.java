package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The national power-factor adjustment (rules of 1983, DOMAIN §8): the percentage added
 * to (penalty) or taken off (credit) the energy and basic charges for a month's power
 * factor, rounded to two decimals, against a standard of 0.90, 0.85 or 0.80.
 */
public final class PowerFactorTable {

	/**
	 * Credits in percent for each 0.01 above the standard, the last holding up to 1.00.
	 */
	private static final Map<Integer, double[]> CREDITS = Map.of(90, new double[] { 0.15, 0.30, 0.45, 0.60, 0.75 }, 85,
			new double[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8, 0.95, 1.1 }, 80,
			new double[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3 });

	private PowerFactorTable() {
	}

	/**
	 * The adjustment in percent: negative is a credit.
	 * @param standard 0.90, 0.85 or 0.80
	 * @param powerFactor the month's power factor, 0 to 1
	 */
	public static BigDecimal percent(BigDecimal standard, BigDecimal powerFactor) {
		int s = standard.movePointRight(2).intValueExact();
		double[] credits = CREDITS.get(s);
		if (credits == null) {
			throw new IllegalArgumentException("no power-factor table for standard " + standard);
		}
		int pf = powerFactor.setScale(2, RoundingMode.HALF_UP).movePointRight(2).intValue();
		if (pf > s) {
			return BigDecimal.valueOf(-credits[Math.min(pf - s, credits.length) - 1]);
		}
		// Below the standard: 0.5 % per 0.01 for 20 steps (+10 %), 1 % per 0.01 for 5
		// more (+15 %), then 2 % per 0.01; the same shape for every standard.
		int below = s - pf;
		double penalty;
		if (below <= 20) {
			penalty = 0.5 * below;
		}
		else if (below <= 25) {
			penalty = 10 + (below - 20);
		}
		else {
			penalty = 15 + 2.0 * (below - 25);
		}
		return BigDecimal.valueOf(penalty);
	}

}
