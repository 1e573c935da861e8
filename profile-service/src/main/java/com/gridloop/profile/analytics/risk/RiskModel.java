package com.gridloop.profile.analytics.risk;

import java.util.List;
import java.util.Map;

/**
 * A fitted binary risk model (churn, arrears, ...): the probability of the event for a
 * customer's feature row.
 */
public interface RiskModel {

	/** Probability of the event, in [0, 1], for a row in {@link #features()} order. */
	double score(double[] row);

	default double[] score(double[][] rows) {
		double[] out = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			out[i] = score(rows[i]);
		}
		return out;
	}

	/** Feature names, in the column order {@link #score(double[])} expects. */
	List<String> features();

	/**
	 * Algorithm, a hash of its parameters and the training window, e.g.
	 * {@code logistic-3f2a9c1e-t0..8}.
	 */
	String version();

	/**
	 * What training found and chose, for the stored model metrics: e.g. non-finite values
	 * per column ({@code missing_in_training}), the penalty chosen and its validation
	 * losses. Values are numbers, strings, lists and maps, ready for JSON.
	 */
	default Map<String, Object> trainingMetrics() {
		return Map.of();
	}

}
