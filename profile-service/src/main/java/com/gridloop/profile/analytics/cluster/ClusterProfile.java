package com.gridloop.profile.analytics.cluster;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a cluster is, for people: its size, its most distinctive features against the
 * population, and the mean of every feature (the centroid in original units; for 24
 * hourly shares, its load shape).
 *
 * @param cluster cluster index in the model
 * @param size members
 * @param share members over everyone assigned
 * @param distinctive the features whose cluster mean differs most from the population's,
 * largest first
 * @param features feature names, in the order of {@code means}
 * @param means cluster mean of each feature in original units
 */
public record ClusterProfile(int cluster, long size, double share, List<FeatureContrast> distinctive,
		List<String> features, double[] means) {

	public ClusterProfile {
		distinctive = List.copyOf(distinctive);
		features = List.copyOf(features);
		means = means.clone();
	}

	@Override
	public double[] means() {
		return this.means.clone();
	}

	/** Cluster mean of a feature by name. */
	public double mean(String feature) {
		int j = this.features.indexOf(feature);
		if (j < 0) {
			throw new IllegalArgumentException("No feature " + feature);
		}
		return this.means[j];
	}

	/**
	 * Cluster means of the named features, in the order given (e.g. the 24 hourly shares:
	 * the centroid load shape).
	 */
	public double[] means(List<String> names) {
		double[] out = new double[names.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = mean(names.get(i));
		}
		return out;
	}

	/**
	 * A short label from the top distinctive features, e.g. "high night_share, low
	 * load_factor".
	 */
	public String label(int features) {
		return this.distinctive.stream()
			.limit(features)
			.map(f -> f.direction() + " " + f.feature())
			.collect(Collectors.joining(", "));
	}

	/**
	 * The top distinctive features in words, e.g. "peak_share 0.46 vs 0.31 overall (+1.8
	 * sd); ...".
	 */
	public String describe(int features) {
		return this.distinctive.stream()
			.limit(features)
			.map(FeatureContrast::describe)
			.collect(Collectors.joining("; "));
	}

}
