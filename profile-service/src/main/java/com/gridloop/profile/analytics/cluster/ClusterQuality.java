package com.gridloop.profile.analytics.cluster;

/**
 * Internal validity indices of a partition: silhouette (exact, quadratic, so for samples)
 * and Calinski-Harabasz.
 */
public final class ClusterQuality {

	private ClusterQuality() {
	}

	/**
	 * Mean silhouette width (Rousseeuw, 1987) with Euclidean distance: for each row, (b -
	 * a) / max(a, b), where a is its mean distance to the other rows of its cluster and b
	 * the smallest mean distance to another cluster's rows; rows alone in their cluster
	 * count 0. Cost is n^2 times the width, so pass a sample of a few thousand rows.
	 */
	public static double silhouette(double[][] rows, int[] labels, int k) {
		int n = rows.length;
		int[] size = new int[k];
		for (int l : labels) {
			size[l]++;
		}
		int nonEmpty = 0;
		for (int s : size) {
			nonEmpty += s > 0 ? 1 : 0;
		}
		if (nonEmpty < 2) {
			return 0;
		}
		double total = 0;
		double[] sums = new double[k];
		for (int i = 0; i < n; i++) {
			java.util.Arrays.fill(sums, 0);
			for (int j = 0; j < n; j++) {
				if (j != i) {
					sums[labels[j]] += Math.sqrt(squaredDistance(rows[i], rows[j]));
				}
			}
			int own = labels[i];
			if (size[own] <= 1) {
				continue;
			}
			double a = sums[own] / (size[own] - 1);
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != own && size[c] > 0) {
					b = Math.min(b, sums[c] / size[c]);
				}
			}
			double m = Math.max(a, b);
			total += m == 0 ? 0 : (b - a) / m;
		}
		return total / n;
	}

	/**
	 * Calinski-Harabasz index: (between-cluster sum of squares / (k - 1)) /
	 * (within-cluster sum of squares / (n - k)), with the given centroids; linear in n.
	 */
	public static double calinskiHarabasz(double[][] rows, int[] labels, double[][] centroids) {
		int n = rows.length;
		int k = centroids.length;
		if (k < 2 || n <= k) {
			return Double.NaN;
		}
		int p = rows[0].length;
		double[] mean = new double[p];
		for (double[] row : rows) {
			for (int j = 0; j < p; j++) {
				mean[j] += row[j] / n;
			}
		}
		double total = 0;
		double within = 0;
		for (int i = 0; i < n; i++) {
			total += squaredDistance(rows[i], mean);
			within += squaredDistance(rows[i], centroids[labels[i]]);
		}
		if (within == 0) {
			return Double.POSITIVE_INFINITY;
		}
		return ((total - within) / (k - 1)) / (within / (n - k));
	}

	/** Index of the nearest centroid (the lowest on a tie). */
	static int nearest(double[] row, double[][] centroids) {
		int best = 0;
		double bestD = Double.POSITIVE_INFINITY;
		for (int c = 0; c < centroids.length; c++) {
			double d = squaredDistance(row, centroids[c]);
			if (d < bestD) {
				bestD = d;
				best = c;
			}
		}
		return best;
	}

	static double squaredDistance(double[] a, double[] b) {
		double s = 0;
		for (int j = 0; j < a.length; j++) {
			double d = a[j] - b[j];
			s += d * d;
		}
		return s;
	}

}
