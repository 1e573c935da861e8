package com.gridloop.profile.analytics.cluster;

import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * {@link KMeansEngine} on Smile 3.1's {@link KMeans} (BBD-tree accelerated Lloyd
 * iterations, k-means++ seeding).
 *
 * <p>
 * Smile draws the k-means++ seeds from {@link MathEx}'s thread-local generator on the
 * calling thread, so seeding it right before the call makes a run reproducible; the
 * parallel parts of Smile only compute distances.
 */
public final class SmileKMeansEngine implements KMeansEngine {

	@Override
	public Run run(double[][] rows, int k, int maxIterations, double tolerance, long seed) {
		MathEx.setSeed(seed);
		KMeans fit = KMeans.fit(rows, k, maxIterations, tolerance);
		double[][] centroids = new double[fit.k][];
		for (int c = 0; c < fit.k; c++) {
			centroids[c] = fit.centroids[c].clone();
		}
		return new Run(centroids, fit.y.clone(), fit.distortion);
	}

	@Override
	public String name() {
		return "smile-kmeans";
	}

}
