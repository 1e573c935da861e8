package com.gridloop.profile.analytics.cluster;

/**
 * A fitted partition with one centroid per cluster: assigns any row to its nearest
 * centroid, so customers can be assigned chunk by chunk (one database partition at a
 * time) after fitting on a sample.
 */
public interface ClusterModel {

	/** Number of clusters. */
	int k();

	/** Width of the rows the model expects. */
	int width();

	/** Copy of centroid c, in the units of the rows the model was fitted on. */
	double[] centroid(int c);

	/** Copies of all centroids. */
	default double[][] centroids() {
		double[][] out = new double[k()][];
		for (int c = 0; c < k(); c++) {
			out[c] = centroid(c);
		}
		return out;
	}

	/** Squared Euclidean distance from the row to every centroid. */
	double[] squaredDistances(double[] row);

	/** The nearest centroid's index (the lowest index on a tie). */
	default int assign(double[] row) {
		double[] d = squaredDistances(row);
		int best = 0;
		for (int c = 1; c < d.length; c++) {
			if (d[c] < d[best]) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * Assigns a chunk of rows; costs k times width per row, so a full assignment grows
	 * linearly with customers.
	 */
	default int[] assign(double[][] chunk) {
		int[] out = new int[chunk.length];
		for (int i = 0; i < chunk.length; i++) {
			out[i] = assign(chunk[i]);
		}
		return out;
	}

	/**
	 * Identifies the fitted model (algorithm, k, seed and a hash of the centroids), for
	 * lineage of memberships.
	 */
	String version();

}
