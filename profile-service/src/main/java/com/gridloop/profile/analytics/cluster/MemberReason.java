package com.gridloop.profile.analytics.cluster;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why one customer is in its cluster rather than the next nearest: the features that
 * contribute most to it being closer to its own centroid than to the runner-up's.
 *
 * @param cluster the customer's cluster
 * @param runnerUp the next nearest cluster
 * @param margin squared distance to the runner-up minus squared distance to its own
 * centroid, in model space (always at least 0; small means a borderline member)
 * @param evidence the features with the largest positive contribution to the margin,
 * largest first
 */
public record MemberReason(int cluster, int runnerUp, double margin, List<Evidence> evidence) {

	public MemberReason {
		evidence = List.copyOf(evidence);
	}

	/**
	 * One feature's part in the margin.
	 *
	 * @param feature name
	 * @param value the customer's value, original units
	 * @param ownCentroid own centroid's value, original units
	 * @param runnerUpCentroid runner-up centroid's value, original units
	 * @param shareOfMargin this feature's contribution over the whole margin
	 */
	public record Evidence(String feature, double value, double ownCentroid, double runnerUpCentroid,
			double shareOfMargin) {

		public String describe() {
			return String.format(Locale.ROOT, "%s %s (this segment %s, next %s)", this.feature,
					FeatureContrast.number(this.value), FeatureContrast.number(this.ownCentroid),
					FeatureContrast.number(this.runnerUpCentroid));
		}

	}

	/**
	 * E.g. "night_share 0.31 (this segment 0.29, next 0.08); daily_kwh_log 3.0 (this
	 * segment 2.9, next 2.2)".
	 */
	public String describe() {
		return this.evidence.stream().map(Evidence::describe).collect(Collectors.joining("; "));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "cluster %d over %d (margin %.3f): %s", this.cluster, this.runnerUp,
				this.margin, describe());
	}

}
