package com.gridloop.evaluation.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini-Hochberg adjustment of p-values for the false discovery rate, as R's
 * {@code p.adjust(p, "BH")}: the adjusted value of the i-th smallest of m p-values is the
 * smallest {@code p(j) m / j} over j ≥ i, capped at 1.
 */
public final class BenjaminiHochberg {

	private BenjaminiHochberg() {
	}

	/** Adjusted p-values in the order of the raw ones. */
	public static double[] adjust(double[] p) {
		int m = p.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			if (Double.isNaN(p[i]) || p[i] < 0 || p[i] > 1) {
				throw new IllegalArgumentException("Not a p-value: " + p[i]);
			}
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		double[] adjusted = new double[m];
		double running = 1;
		for (int rank = m; rank >= 1; rank--) {
			int i = order[rank - 1];
			running = Math.min(running, p[i] * m / rank);
			adjusted[i] = running;
		}
		return adjusted;
	}

}
