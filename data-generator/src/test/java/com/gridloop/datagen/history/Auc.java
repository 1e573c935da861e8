package com.gridloop.datagen.history;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve by ranks (ties share their mean rank), for checking that a
 * planted signal is learnable.
 */
final class Auc {

	private Auc() {
	}

	static double of(double[] scores, boolean[] labels) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
		double rankSum = 0;
		long positives = 0;
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j < order.length && scores[order[j]] == scores[order[i]]) {
				j++;
			}
			double rank = (i + j + 1) / 2.0;
			for (int k = i; k < j; k++) {
				if (labels[order[k]]) {
					rankSum += rank;
					positives++;
				}
			}
			i = j;
		}
		long negatives = scores.length - positives;
		return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

}
