package com.gridloop.profile.analytics.metric;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve via the Mann-Whitney U statistic: the chance that a random
 * positive scores above a random negative, ties counting one half (tied scores get their
 * average rank).
 */
public final class RocAuc {

	private RocAuc() {
	}

	/**
	 * AUC of scores against outcomes; NaN when either class is absent (it is undefined
	 * then).
	 */
	public static double of(double[] scores, boolean[] positive) {
		if (scores.length != positive.length) {
			throw new IllegalArgumentException("scores and labels differ in length");
		}
		int n = scores.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			if (Double.isNaN(scores[i])) {
				throw new IllegalArgumentException("Score " + i + " is NaN");
			}
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
		long positives = 0;
		double rankSumPositives = 0;
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
				j++;
			}
			// Ranks i+1 .. j+1 share their average.
			double averageRank = (i + 1 + j + 1) / 2.0;
			for (int t = i; t <= j; t++) {
				if (positive[order[t]]) {
					positives++;
					rankSumPositives += averageRank;
				}
			}
			i = j + 1;
		}
		long negatives = n - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		double u = rankSumPositives - positives * (positives + 1) / 2.0;
		return u / ((double) positives * negatives);
	}

}
