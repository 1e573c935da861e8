package com.gridloop.profile.analytics.cluster;

import java.util.List;

import com.gridloop.profile.analytics.Standardization;

/**
 * A fitted segmentation: the features, their z-score (or none, for rows already on one
 * scale such as load shapes) and the cluster model in the standardised space. Everything
 * a nightly run needs to assign customers, explain segments and members, and compare with
 * the previous night.
 *
 * @param features feature names, in column order
 * @param standardization the z-score the model was fitted in, or null when it was fitted
 * on raw rows
 * @param model the clusters
 */
public record Segmentation(List<String> features, Standardization standardization, ClusterModel model) {

	public Segmentation {
		features = List.copyOf(features);
		if (features.size() != model.width()) {
			throw new IllegalArgumentException(
					"Model has " + model.width() + " features, " + features.size() + " names given");
		}
	}

	/**
	 * Standardises (if asked) and clusters the rows.
	 * @param standardize z-score the features first (mixed units); false for rows on one
	 * scale (normalised load shapes, where a difference of 0.01 of the day means the same
	 * in every hour)
	 */
	public static Segmentation fit(Clusterer clusterer, List<String> features, double[][] rows, boolean standardize) {
		Standardization z = standardize ? Standardization.fit(features, rows) : null;
		ClusterModel model = clusterer.fit(z == null ? rows : z.applyAll(rows));
		return new Segmentation(features, z, model);
	}

	public int k() {
		return this.model.k();
	}

	/** Cluster of a row in original units. */
	public int assign(double[] raw) {
		return this.model.assign(this.standardization == null ? raw : this.standardization.apply(raw));
	}

	/**
	 * Clusters of a chunk of rows in original units (feed the customers partition by
	 * partition).
	 */
	public int[] assign(double[][] rawChunk) {
		int[] out = new int[rawChunk.length];
		for (int i = 0; i < rawChunk.length; i++) {
			out[i] = assign(rawChunk[i]);
		}
		return out;
	}

	/** Centroid of cluster c in original units. */
	public double[] centroid(int c) {
		double[] centroid = this.model.centroid(c);
		return this.standardization == null ? centroid : this.standardization.invert(centroid);
	}

	/** An empty accumulator for the profiles of these clusters. */
	public ClusterStats newStats() {
		return new ClusterStats(this.features, this.model.k());
	}

	/**
	 * Profiles of all rows at once (for a chunked run, feed {@link #newStats()} instead).
	 */
	public List<ClusterProfile> profiles(double[][] raw, int[] clusters, int top) {
		ClusterStats stats = newStats();
		stats.add(raw, clusters);
		return stats.profiles(top);
	}

	public MemberExplainer memberExplainer() {
		return new MemberExplainer(this.model, this.features, this.standardization);
	}

}
