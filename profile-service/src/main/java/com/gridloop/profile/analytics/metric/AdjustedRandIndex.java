package com.gridloop.profile.analytics.metric;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between two partitions of the same items, corrected for chance (Hubert and
 * Arabie, 1985): 1 for the same partition whatever the label names, about 0 for
 * independent ones, negative for worse than chance.
 */
public final class AdjustedRandIndex {

	private AdjustedRandIndex() {
	}

	/**
	 * ARI of two labelings of the same items; labels are arbitrary ints (only equality
	 * matters).
	 */
	public static double of(int[] a, int[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Labelings differ in length: " + a.length + " vs " + b.length);
		}
		int n = a.length;
		if (n < 2) {
			return 1.0;
		}
		int[] ca = compact(a);
		int[] cb = compact(b);
		int ka = max(ca) + 1;
		int kb = max(cb) + 1;
		long[][] table = new long[ka][kb];
		long[] rowSums = new long[ka];
		long[] colSums = new long[kb];
		for (int i = 0; i < n; i++) {
			table[ca[i]][cb[i]]++;
			rowSums[ca[i]]++;
			colSums[cb[i]]++;
		}
		double index = 0;
		for (long[] row : table) {
			for (long cell : row) {
				index += pairs(cell);
			}
		}
		double sumA = 0;
		for (long s : rowSums) {
			sumA += pairs(s);
		}
		double sumB = 0;
		for (long s : colSums) {
			sumB += pairs(s);
		}
		double expected = sumA * sumB / pairs(n);
		double max = (sumA + sumB) / 2;
		if (max == expected) {
			// Both partitions trivial (one cluster each, or all singletons each): chance
			// and perfect coincide.
			return index == max ? 1.0 : 0.0;
		}
		return (index - expected) / (max - expected);
	}

	private static double pairs(long m) {
		return m * (m - 1) / 2.0;
	}

	private static int[] compact(int[] labels) {
		Map<Integer, Integer> ids = new HashMap<>();
		int[] out = new int[labels.length];
		for (int i = 0; i < labels.length; i++) {
			out[i] = ids.computeIfAbsent(labels[i], x -> ids.size());
		}
		return out;
	}

	private static int max(int[] v) {
		int m = 0;
		for (int x : v) {
			m = Math.max(m, x);
		}
		return m;
	}

}
