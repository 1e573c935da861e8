package com.gridloop.profile.analytics.risk;

import java.util.List;

/** A fitted binary risk model (churn, arrears, ...): the probability of the event for a customer's feature row. */
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

	/** Algorithm, a hash of its parameters and the training window, e.g. {@code logistic-3f2a9c1e-t0..8}. */
	String version();

}
