package com.gridloop.profile.analytics.forecast;

/**
 * The least-squares library GridLoop calls for small per-customer regressions, behind its
 * own interface.
 */
public interface LinearFitter {

	/**
	 * An intercept and one weight per column of x.
	 *
	 * @param intercept the constant term
	 * @param weights one per column, in the units of x
	 */
	record Fit(double intercept, double[] weights) {

		public double predict(double[] row) {
			double s = this.intercept;
			for (int j = 0; j < row.length; j++) {
				s += this.weights[j] * row[j];
			}
			return s;
		}

	}

	/**
	 * Fits y on x with an L2 penalty of {@code lambda} on the weights (0 for ordinary
	 * least squares); the intercept is not penalised. Constant columns get weight 0.
	 */
	Fit fit(String[] names, double[][] x, double[] y, double lambda);

}
