package com.gridloop.profile.analytics.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Accumulates per-cluster and overall feature sums chunk by chunk (so profiles of a
 * million customers never need them all in memory), then turns them into
 * {@link ClusterProfile}s. The rows are in original units, whatever space the model was
 * fitted in: a profile speaks the business's units.
 */
public final class ClusterStats {

	private final List<String> features;

	private final int k;

	private final long[] count;

	private final double[][] sum;

	private final double[] overallSum;

	private final double[] overallSumSq;

	private double[] shift;

	private long total;

	public ClusterStats(List<String> features, int k) {
		this.features = List.copyOf(features);
		this.k = k;
		int p = features.size();
		this.count = new long[k];
		this.sum = new double[k][p];
		this.overallSum = new double[p];
		this.overallSumSq = new double[p];
	}

	public void add(double[] row, int cluster) {
		if (row.length != this.features.size()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, expected " + this.features.size());
		}
		if (this.shift == null) {
			// Sums of squares around the first row rather than 0 keep the variance
			// accurate for large values.
			this.shift = row.clone();
		}
		this.count[cluster]++;
		this.total++;
		for (int j = 0; j < row.length; j++) {
			this.sum[cluster][j] += row[j];
			double d = row[j] - this.shift[j];
			this.overallSum[j] += d;
			this.overallSumSq[j] += d * d;
		}
	}

	public void add(double[][] rows, int[] clusters) {
		for (int i = 0; i < rows.length; i++) {
			add(rows[i], clusters[i]);
		}
	}

	public long total() {
		return this.total;
	}

	/** Mean of every feature over everyone added. */
	public double[] overallMeans() {
		double[] m = new double[this.features.size()];
		for (int j = 0; j < m.length; j++) {
			m[j] = this.total == 0 ? Double.NaN : this.shift[j] + this.overallSum[j] / this.total;
		}
		return m;
	}

	/** Population standard deviation of every feature over everyone added. */
	public double[] overallSds() {
		double[] s = new double[this.features.size()];
		for (int j = 0; j < s.length; j++) {
			double mean = this.overallSum[j] / this.total;
			s[j] = Math.sqrt(Math.max(0, this.overallSumSq[j] / this.total - mean * mean));
		}
		return s;
	}

	/**
	 * One profile per cluster, with the {@code top} most distinctive features; empty
	 * clusters are left out.
	 */
	public List<ClusterProfile> profiles(int top) {
		double[] overall = overallMeans();
		double[] sd = overallSds();
		List<ClusterProfile> out = new ArrayList<>();
		for (int c = 0; c < this.k; c++) {
			if (this.count[c] == 0) {
				continue;
			}
			double[] means = new double[overall.length];
			List<FeatureContrast> contrasts = new ArrayList<>();
			for (int j = 0; j < means.length; j++) {
				means[j] = this.sum[c][j] / this.count[c];
				boolean constant = sd[j] <= 1e-12 * Math.max(1, Math.abs(overall[j]));
				double z = constant ? 0 : (means[j] - overall[j]) / sd[j];
				contrasts.add(new FeatureContrast(this.features.get(j), means[j], overall[j], z));
			}
			contrasts.sort(Comparator.comparingDouble((FeatureContrast f) -> -Math.abs(f.sdDifference())));
			out.add(new ClusterProfile(c, this.count[c], (double) this.count[c] / this.total,
					contrasts.subList(0, Math.min(top, contrasts.size())), this.features, means));
		}
		return out;
	}

}
