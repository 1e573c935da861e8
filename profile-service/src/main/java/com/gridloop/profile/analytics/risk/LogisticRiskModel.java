package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.gridloop.profile.analytics.Standardization;

/**
 * A logistic regression on z-scored features, held as plain numbers (standardisation, weights, intercept), so it can
 * be stored and scored without the library that fitted it, and its weights read as "log-odds per standard
 * deviation".
 */
public final class LogisticRiskModel implements RiskModel {

	private final Standardization standardization;

	private final double[] weights;

	private final double intercept;

	private final String version;

	public LogisticRiskModel(Standardization standardization, double[] weights, double intercept, String version) {
		if (weights.length != standardization.width()) {
			throw new IllegalArgumentException("One weight per feature is needed");
		}
		this.standardization = standardization;
		this.weights = weights.clone();
		this.intercept = intercept;
		this.version = version;
	}

	@Override
	public double score(double[] row) {
		return 1 / (1 + Math.exp(-logit(row)));
	}

	/** Log-odds of the event. */
	public double logit(double[] row) {
		double[] z = this.standardization.apply(row);
		double s = this.intercept;
		for (int j = 0; j < z.length; j++) {
			s += this.weights[j] * z[j];
		}
		return s;
	}

	/** One feature's push on a customer's log-odds: weight times the customer's z-score. */
	public record Contribution(String feature, double value, double logOdds) {
	}

	/** The features that raise this customer's risk most, largest first (for "why" texts); at most {@code top}. */
	public List<Contribution> topContributions(double[] row, int top) {
		double[] z = this.standardization.apply(row);
		List<Contribution> all = new ArrayList<>();
		for (int j = 0; j < z.length; j++) {
			all.add(new Contribution(this.standardization.names().get(j), row[j], this.weights[j] * z[j]));
		}
		all.sort(Comparator.comparingDouble(c -> -c.logOdds()));
		return all.stream().filter(c -> c.logOdds() > 0).limit(top).toList();
	}

	public Standardization standardization() {
		return this.standardization;
	}

	/** Weights per standard deviation of each feature. */
	public double[] weights() {
		return this.weights.clone();
	}

	public double intercept() {
		return this.intercept;
	}

	@Override
	public List<String> features() {
		return this.standardization.names();
	}

	@Override
	public String version() {
		return this.version;
	}

	@Override
	public String toString() {
		return "LogisticRiskModel " + this.version + " " + this.standardization.names() + " w="
				+ Arrays.toString(this.weights) + " b=" + this.intercept;
	}

}
