package com.gridloop.profile.analytics.cluster;

/**
 * How {@link KMeansClusterer} fits.
 *
 * @param fixedK the number of clusters, or 0 to choose it in [kMin, kMax] by silhouette
 * @param kMin smallest k tried when choosing
 * @param kMax largest k tried when choosing
 * @param sampleSize rows k-means trains on (a seeded random sample without replacement;
 * all rows if fewer)
 * @param silhouetteSampleSize rows of the training sample the silhouette is computed on
 * (its cost is quadratic)
 * @param restarts k-means runs per k with different seeds; the one with the lowest
 * distortion is kept
 * @param maxIterations Lloyd iterations per run at most
 * @param tolerance relative distortion change under which a run stops
 * @param seed everything random follows from it
 */
public record KMeansSettings(int fixedK, int kMin, int kMax, int sampleSize, int silhouetteSampleSize, int restarts,
		int maxIterations, double tolerance, long seed) {

	public KMeansSettings {
		if (fixedK < 0 || (fixedK == 0 && (kMin < 2 || kMax < kMin))) {
			throw new IllegalArgumentException("Need a fixed k, or 2 <= kMin <= kMax");
		}
		if (sampleSize < 2 || silhouetteSampleSize < 2 || restarts < 1 || maxIterations < 1) {
			throw new IllegalArgumentException("Sample sizes, restarts and iterations must be positive");
		}
	}

	/**
	 * k from 2 to 10 by silhouette, 50,000-row training sample, silhouette on 2,000 rows,
	 * 3 restarts.
	 */
	public static KMeansSettings defaults(long seed) {
		return new KMeansSettings(0, 2, 10, 50_000, 2_000, 3, 100, 1e-4, seed);
	}

	public KMeansSettings withFixedK(int k) {
		return new KMeansSettings(k, this.kMin, this.kMax, this.sampleSize, this.silhouetteSampleSize, this.restarts,
				this.maxIterations, this.tolerance, this.seed);
	}

	public KMeansSettings withKRange(int min, int max) {
		return new KMeansSettings(0, min, max, this.sampleSize, this.silhouetteSampleSize, this.restarts,
				this.maxIterations, this.tolerance, this.seed);
	}

	public KMeansSettings withSampleSize(int size) {
		return new KMeansSettings(this.fixedK, this.kMin, this.kMax, size, this.silhouetteSampleSize, this.restarts,
				this.maxIterations, this.tolerance, this.seed);
	}

	public KMeansSettings withRestarts(int n) {
		return new KMeansSettings(this.fixedK, this.kMin, this.kMax, this.sampleSize, this.silhouetteSampleSize, n,
				this.maxIterations, this.tolerance, this.seed);
	}

}
