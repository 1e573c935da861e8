package com.gridloop.profile.analytics.cluster;

/**
 * The k-means library GridLoop calls, behind its own interface so the library (Smile
 * today, GPL-3.0) can be swapped: one k-means run on the given rows for a given k and
 * seed.
 */
public interface KMeansEngine {

	/**
	 * The result of one run.
	 *
	 * @param centroids k centroids
	 * @param labels the centroid index of each input row
	 * @param distortion sum of squared distances of the rows to their centroids
	 */
	record Run(double[][] centroids, int[] labels, double distortion) {
	}

	/** Runs k-means (k-means++ seeding) deterministically for the seed. */
	Run run(double[][] rows, int k, int maxIterations, double tolerance, long seed);

	/** Short name for model versions, e.g. "smile-kmeans". */
	String name();

}
