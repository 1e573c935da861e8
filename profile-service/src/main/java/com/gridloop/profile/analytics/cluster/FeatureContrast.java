package com.gridloop.profile.analytics.cluster;

import java.util.Locale;

/**
 * How a cluster differs from the whole population on one feature, in the feature's units
 * and in population standard deviations.
 *
 * @param feature feature name
 * @param clusterMean mean of the cluster's members
 * @param overallMean mean of everyone
 * @param sdDifference (clusterMean - overallMean) / population standard deviation; 0 for
 * a constant feature
 */
public record FeatureContrast(String feature, double clusterMean, double overallMean, double sdDifference) {

	/** E.g. {@code peak_share 0.46 vs 0.31 overall (+1.8 sd)}. */
	public String describe() {
		return String.format(Locale.ROOT, "%s %s vs %s overall (%+.1f sd)", this.feature, number(this.clusterMean),
				number(this.overallMean), this.sdDifference);
	}

	/** "high" or "low", for labels. */
	public String direction() {
		return this.sdDifference >= 0 ? "high" : "low";
	}

	static String number(double v) {
		double a = Math.abs(v);
		if (a >= 100) {
			return String.format(Locale.ROOT, "%.0f", v);
		}
		if (a >= 10) {
			return String.format(Locale.ROOT, "%.1f", v);
		}
		if (a >= 0.1 || a == 0) {
			return String.format(Locale.ROOT, "%.2f", v);
		}
		return String.format(Locale.ROOT, "%.3g", v);
	}

}
