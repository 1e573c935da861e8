package com.gridloop.profile.analytics.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well predicted probabilities match observed rates: reliability bins of equal count
 * (deciles for 10 bins) with mean predicted against observed rate, the Brier score (mean
 * squared error of the probability), and the expected calibration error (count-weighted
 * mean gap between predicted and observed over the bins).
 *
 * @param bins reliability bins in increasing order of predicted probability; empty bins
 * are left out
 * @param brier mean of (p - y)^2
 * @param expectedCalibrationError sum over bins of count/n * |mean predicted - observed
 * rate|
 * @param baseRate observed share of positives
 * @param count number of predictions
 */
public record Calibration(List<Bin> bins, double brier, double expectedCalibrationError, double baseRate, long count) {

	public Calibration {
		bins = List.copyOf(bins);
	}

	/**
	 * One reliability bin: predictions from lowest to highest, their mean and the
	 * observed share of positives.
	 */
	public record Bin(double lowest, double highest, long count, double meanPredicted, double observedRate) {
	}

	/**
	 * Equal-count bins over the predictions sorted by probability; equal predictions
	 * always share a bin (so a bin can be larger than n / bins when many predictions
	 * tie).
	 */
	public static Calibration of(double[] predicted, boolean[] observed, int bins) {
		if (predicted.length != observed.length) {
			throw new IllegalArgumentException("predictions and outcomes differ in length");
		}
		if (bins < 1) {
			throw new IllegalArgumentException("Need at least one bin");
		}
		int n = predicted.length;
		if (n == 0) {
			return new Calibration(List.of(), Double.NaN, Double.NaN, Double.NaN, 0);
		}
		Integer[] order = new Integer[n];
		double brier = 0;
		long positives = 0;
		for (int i = 0; i < n; i++) {
			order[i] = i;
			double y = observed[i] ? 1 : 0;
			brier += (predicted[i] - y) * (predicted[i] - y);
			positives += observed[i] ? 1 : 0;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
		List<Bin> out = new ArrayList<>();
		double ece = 0;
		int start = 0;
		for (int b = 0; b < bins && start < n; b++) {
			int end = (int) ((long) n * (b + 1) / bins);
			if (end <= start) {
				continue;
			}
			// Keep ties together: extend the bin over predictions equal to its last one.
			while (end < n && predicted[order[end]] == predicted[order[end - 1]]) {
				end++;
			}
			double sumP = 0;
			long pos = 0;
			for (int t = start; t < end; t++) {
				sumP += predicted[order[t]];
				pos += observed[order[t]] ? 1 : 0;
			}
			int count = end - start;
			double meanP = sumP / count;
			double rate = (double) pos / count;
			out.add(new Bin(predicted[order[start]], predicted[order[end - 1]], count, meanP, rate));
			ece += (double) count / n * Math.abs(meanP - rate);
			start = end;
		}
		return new Calibration(out, brier / n, ece, (double) positives / n, n);
	}

	/**
	 * Brier score of always predicting the observed base rate: the bar a useful model has
	 * to get under.
	 */
	public double baseRateBrier() {
		return this.baseRate * (1 - this.baseRate);
	}

}
