package com.gridloop.profile.analytics.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k-means on a seeded sample of the rows, with k chosen by the mean silhouette width
 * unless configured.
 *
 * <p>
 * Why silhouette: it compares each row's distance to its own cluster with its distance to
 * the nearest other one, so it is scale-free across k and does not improve just because k
 * grows (distortion always falls, and Calinski-Harabasz and Davies-Bouldin lean towards
 * equal-sized spherical clusters, which customer segments are not: households are most of
 * a county). Its cost is quadratic, so it is computed on a sub-sample (2,000 rows by
 * default, the same rows for every k, so candidates are compared on equal terms).
 * Calinski-Harabasz is reported alongside.
 *
 * <p>
 * Training touches only the sample; assigning every customer afterwards is
 * {@link ClusterModel#assign(double[][])} chunk by chunk, linear in the number of
 * customers.
 */
public final class KMeansClusterer implements Clusterer {

	private final KMeansEngine engine;

	private final KMeansSettings settings;

	public KMeansClusterer(KMeansEngine engine, KMeansSettings settings) {
		this.engine = engine;
		this.settings = settings;
	}

	/** The clusterer with Smile's k-means. */
	public static KMeansClusterer smile(KMeansSettings settings) {
		return new KMeansClusterer(new SmileKMeansEngine(), settings);
	}

	public KMeansSettings settings() {
		return this.settings;
	}

	@Override
	public CentroidModel fit(double[][] rows) {
		if (rows.length < 2) {
			throw new IllegalArgumentException("Need at least two rows to cluster");
		}
		SplittableRandom rng = new SplittableRandom(this.settings.seed());
		double[][] sample = sample(rows, this.settings.sampleSize(), rng);
		int silhouetteSize = Math.min(this.settings.silhouetteSampleSize(), sample.length);
		// The silhouette rows are the first ones of the (already shuffled) training
		// sample.
		double[][] silhouetteRows = Arrays.copyOf(sample, silhouetteSize);
		int kMin = this.settings.fixedK() > 0 ? this.settings.fixedK() : this.settings.kMin();
		// k-means++ cannot seed more centroids than there are distinct rows (many
		// customers can share a zero row).
		int distinct = distinctRows(sample, Math.max(this.settings.fixedK(), this.settings.kMax()) + 1);
		int kMax = this.settings.fixedK() > 0 ? this.settings.fixedK()
				: Math.min(this.settings.kMax(), Math.min(sample.length - 1, distinct));
		if (kMin > kMax || kMin > distinct) {
			throw new IllegalArgumentException("Too few distinct rows (" + distinct + ") for k = " + kMin);
		}
		List<KSelection.Candidate> candidates = new ArrayList<>();
		double[][] best = null;
		int bestK = -1;
		double bestSilhouette = Double.NEGATIVE_INFINITY;
		for (int k = kMin; k <= kMax; k++) {
			double[][] centroids = bestRun(sample, k);
			int[] labels = label(sample, centroids);
			double distortion = distortion(sample, labels, centroids);
			double ch = ClusterQuality.calinskiHarabasz(sample, labels, centroids);
			double silhouette = kMin == kMax ? Double.NaN
					: ClusterQuality.silhouette(silhouetteRows, label(silhouetteRows, centroids), k);
			candidates.add(new KSelection.Candidate(k, silhouette, ch, distortion));
			if (best == null || silhouette > bestSilhouette) {
				best = centroids;
				bestK = k;
				bestSilhouette = silhouette;
			}
		}
		String criterion = this.settings.fixedK() > 0 ? "k configured"
				: "highest mean silhouette on " + silhouetteSize + " sampled rows over k = " + kMin + ".." + kMax;
		double[][] ordered = bySize(best, label(sample, best));
		return new CentroidModel(ordered, new KSelection(candidates, bestK, criterion),
				this.engine.name() + "-seed" + this.settings.seed());
	}

	private double[][] bestRun(double[][] sample, int k) {
		double[][] best = null;
		double bestDistortion = Double.POSITIVE_INFINITY;
		for (int r = 0; r < this.settings.restarts(); r++) {
			long seed = this.settings.seed() * 1_000_003L + k * 1_009L + r;
			KMeansEngine.Run run = this.engine.run(sample, k, this.settings.maxIterations(), this.settings.tolerance(),
					seed);
			// Distortion recomputed here rather than taken from the library, so restarts
			// compare on one definition.
			double d = distortion(sample, label(sample, run.centroids()), run.centroids());
			if (d < bestDistortion) {
				bestDistortion = d;
				best = run.centroids();
			}
		}
		return best;
	}

	/**
	 * A seeded sample without replacement, in random order (partial Fisher-Yates over the
	 * row indices).
	 */
	static double[][] sample(double[][] rows, int size, SplittableRandom rng) {
		int n = rows.length;
		int m = Math.min(size, n);
		int[] idx = new int[n];
		for (int i = 0; i < n; i++) {
			idx[i] = i;
		}
		double[][] out = new double[m][];
		for (int i = 0; i < m; i++) {
			int j = i + rng.nextInt(n - i);
			int t = idx[i];
			idx[i] = idx[j];
			idx[j] = t;
			out[i] = rows[idx[i]];
		}
		return out;
	}

	/** Distinct rows of the sample, counted up to {@code enough}. */
	private static int distinctRows(double[][] rows, int enough) {
		java.util.Set<java.util.List<Double>> seen = new java.util.HashSet<>();
		for (double[] row : rows) {
			seen.add(Arrays.stream(row).boxed().toList());
			if (seen.size() >= enough) {
				break;
			}
		}
		return seen.size();
	}

	private static int[] label(double[][] rows, double[][] centroids) {
		int[] labels = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			labels[i] = ClusterQuality.nearest(rows[i], centroids);
		}
		return labels;
	}

	private static double distortion(double[][] rows, int[] labels, double[][] centroids) {
		double s = 0;
		for (int i = 0; i < rows.length; i++) {
			s += ClusterQuality.squaredDistance(rows[i], centroids[labels[i]]);
		}
		return s;
	}

	private static double[][] bySize(double[][] centroids, int[] labels) {
		int k = centroids.length;
		int[] size = new int[k];
		for (int l : labels) {
			size[l]++;
		}
		Integer[] order = new Integer[k];
		for (int c = 0; c < k; c++) {
			order[c] = c;
		}
		// Largest first; equal sizes by first coordinate so the order never depends on
		// the library's numbering.
		Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingDouble(c -> centroids[c][0]));
		double[][] out = new double[k][];
		for (int c = 0; c < k; c++) {
			out[c] = centroids[order[c]];
		}
		return out;
	}

}
