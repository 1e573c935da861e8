package com.gridloop.evaluation.stats;

/**
 * Count, mean and unbiased variance of a sample: the summary Welch's interval needs.
 *
 * @param variance sample variance with n - 1 in the denominator (0 for fewer than two
 * values)
 */
public record Moments(long n, double mean, double variance) {

	/** Welford's one-pass summary of the values. */
	public static Moments of(double[] values) {
		long n = 0;
		double mean = 0;
		double m2 = 0;
		for (double v : values) {
			n++;
			double delta = v - mean;
			mean += delta / n;
			m2 += delta * (v - mean);
		}
		return new Moments(n, mean, n > 1 ? m2 / (n - 1) : 0);
	}

	/** Sample covariance of two equally long series, n - 1 in the denominator. */
	public static double covariance(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("Series of different lengths");
		}
		int n = x.length;
		if (n < 2) {
			return 0;
		}
		double mx = 0;
		double my = 0;
		double c = 0;
		for (int i = 0; i < n; i++) {
			double dx = x[i] - mx;
			mx += dx / (i + 1);
			my += (y[i] - my) / (i + 1);
			c += dx * (y[i] - my);
		}
		return c / (n - 1);
	}

	public double standardDeviation() {
		return Math.sqrt(this.variance);
	}

}
