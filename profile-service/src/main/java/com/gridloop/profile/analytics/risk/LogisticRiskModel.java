package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.profile.analytics.Imputation;
import com.gridloop.profile.analytics.Standardization;

/**
 * A logistic regression on imputed, robustly scaled and clipped features, held as plain
 * numbers (imputation, scaling, weights, intercept), so it can be stored and scored
 * without the library that fitted it, and its weights read as "log-odds per robust
 * standard deviation". Non-finite inputs are imputed as in training, so a score is never
 * NaN.
 */
public final class LogisticRiskModel implements RiskModel {

	private final Imputation imputation;

	private final Standardization standardization;

	private final double[] weights;

	private final double intercept;

	private final int[] drivers;

	private final String version;

	private final Map<String, Object> metrics;

	/**
	 * @param imputation from the input features to the model's columns (inputs, then "was
	 * missing" indicators)
	 * @param standardization scaling of the model's columns
	 * @param weights one per model column
	 * @param drivers group of each model column for "why" lists: columns of one group are
	 * named as one driver
	 * @param metrics what training found and chose ({@link #trainingMetrics()})
	 */
	public LogisticRiskModel(Imputation imputation, Standardization standardization, double[] weights, double intercept,
			int[] drivers, String version, Map<String, Object> metrics) {
		if (!imputation.outputNames().equals(standardization.names())) {
			throw new IllegalArgumentException("The scaling must cover the imputed columns");
		}
		if (weights.length != standardization.width() || drivers.length != weights.length) {
			throw new IllegalArgumentException("One weight and one driver group per model column are needed");
		}
		this.imputation = imputation;
		this.standardization = standardization;
		this.weights = weights.clone();
		this.intercept = intercept;
		this.drivers = drivers.clone();
		this.version = version;
		this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
	}

	@Override
	public double score(double[] row) {
		return 1 / (1 + Math.exp(-logit(row)));
	}

	/** Log-odds of the event. */
	public double logit(double[] row) {
		double[] z = this.standardization.apply(this.imputation.apply(row));
		double s = this.intercept;
		for (int j = 0; j < z.length; j++) {
			s += this.weights[j] * z[j];
		}
		return s;
	}

	/**
	 * One driver's push on a customer's log-odds: weight times the customer's scaled
	 * value, summed over the columns that correlate above {@link DriverGroups#THRESHOLD}
	 * in training (named together, "a / b").
	 *
	 * @param value the customer's value of the driver's strongest column (imputed where
	 * it was missing)
	 */
	public record Contribution(String feature, double value, double logOdds) {
	}

	/**
	 * The drivers that raise this customer's risk most, largest first (for "why" texts);
	 * at most {@code top}.
	 */
	public List<Contribution> topContributions(double[] row, int top) {
		double[] x = this.imputation.apply(row);
		double[] z = this.standardization.apply(x);
		List<String> names = this.standardization.names();
		Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
		for (int j = 0; j < z.length; j++) {
			groups.computeIfAbsent(this.drivers[j], g -> new ArrayList<>()).add(j);
		}
		List<Contribution> all = new ArrayList<>();
		for (List<Integer> members : groups.values()) {
			double sum = 0;
			int strongest = members.get(0);
			for (int j : members) {
				sum += this.weights[j] * z[j];
				strongest = Math.abs(this.weights[j] * z[j]) > Math.abs(this.weights[strongest] * z[strongest]) ? j
						: strongest;
			}
			String name = String.join(" / ", members.stream().map(names::get).toList());
			all.add(new Contribution(name, x[strongest], sum));
		}
		all.sort(Comparator.comparingDouble(c -> -c.logOdds()));
		return all.stream().filter(c -> c.logOdds() > 0).limit(top).toList();
	}

	public Imputation imputation() {
		return this.imputation;
	}

	public Standardization standardization() {
		return this.standardization;
	}

	/**
	 * Weights per robust standard deviation of each model column ({@link #columns()}).
	 */
	public double[] weights() {
		return this.weights.clone();
	}

	/**
	 * The model's columns: the input features, then the "was missing" indicators training
	 * needed.
	 */
	public List<String> columns() {
		return this.standardization.names();
	}

	/** Weight of an input feature or indicator column by name. */
	public double weight(String column) {
		int j = columns().indexOf(column);
		if (j < 0) {
			throw new IllegalArgumentException("No column " + column);
		}
		return this.weights[j];
	}

	/**
	 * Driver group of each model column (columns correlated above the threshold in
	 * training share one).
	 */
	public int[] drivers() {
		return this.drivers.clone();
	}

	public double intercept() {
		return this.intercept;
	}

	@Override
	public List<String> features() {
		return this.imputation.names();
	}

	@Override
	public String version() {
		return this.version;
	}

	@Override
	public Map<String, Object> trainingMetrics() {
		return this.metrics;
	}

	@Override
	public String toString() {
		return "LogisticRiskModel " + this.version + " " + columns() + " w=" + Arrays.toString(this.weights) + " b="
				+ this.intercept;
	}

}
