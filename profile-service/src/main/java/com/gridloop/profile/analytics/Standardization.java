package com.gridloop.profile.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Z-score parameters of a feature matrix (mean and population standard deviation per named feature), kept so that
 * rows scored later, and the next nightly run, use and can be compared with the same scale.
 *
 * <p>
 * A constant feature (standard deviation below {@link #CONSTANT_EPSILON} times its magnitude) gets a scale of 1, so
 * it standardises to 0 instead of dividing by zero; {@link #constant(int)} tells which they are.
 *
 * @param names feature names, in column order
 * @param means column means
 * @param sds column standard deviations (population, divisor n); 0 for constant columns
 * @param rows how many rows the parameters were fitted on
 */
public record Standardization(List<String> names, double[] means, double[] sds, long rows) {

	/** Relative spread under which a column counts as constant. */
	public static final double CONSTANT_EPSILON = 1e-12;

	public Standardization {
		names = List.copyOf(names);
		means = means.clone();
		sds = sds.clone();
		if (names.size() != means.length || means.length != sds.length) {
			throw new IllegalArgumentException("names, means and sds must have the same length");
		}
	}

	/** Fits means and standard deviations column by column (two passes, so large means do not cost precision). */
	public static Standardization fit(List<String> names, double[][] rows) {
		int p = names.size();
		if (rows.length == 0) {
			throw new IllegalArgumentException("Need at least one row to standardise");
		}
		double[] mean = new double[p];
		for (double[] row : rows) {
			checkWidth(row, p);
			for (int j = 0; j < p; j++) {
				mean[j] += row[j];
			}
		}
		for (int j = 0; j < p; j++) {
			mean[j] /= rows.length;
		}
		double[] sd = new double[p];
		for (double[] row : rows) {
			for (int j = 0; j < p; j++) {
				double d = row[j] - mean[j];
				sd[j] += d * d;
			}
		}
		for (int j = 0; j < p; j++) {
			sd[j] = Math.sqrt(sd[j] / rows.length);
			if (sd[j] <= CONSTANT_EPSILON * Math.max(1.0, Math.abs(mean[j]))) {
				sd[j] = 0;
			}
		}
		return new Standardization(names, mean, sd, rows.length);
	}

	public int width() {
		return this.means.length;
	}

	/** Whether column j was constant when fitted (it standardises to 0). */
	public boolean constant(int j) {
		return this.sds[j] == 0;
	}

	/** Divisor of column j: its standard deviation, or 1 for a constant column. */
	public double scale(int j) {
		return this.sds[j] == 0 ? 1.0 : this.sds[j];
	}

	public double[] apply(double[] row) {
		checkWidth(row, width());
		double[] z = new double[row.length];
		for (int j = 0; j < row.length; j++) {
			z[j] = (row[j] - this.means[j]) / scale(j);
		}
		return z;
	}

	public double[][] applyAll(double[][] rows) {
		double[][] z = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			z[i] = apply(rows[i]);
		}
		return z;
	}

	/** Back to original units (a standardised centroid becomes a readable one). */
	public double[] invert(double[] z) {
		checkWidth(z, width());
		double[] x = new double[z.length];
		for (int j = 0; j < z.length; j++) {
			x[j] = this.means[j] + z[j] * scale(j);
		}
		return x;
	}

	/** How far one feature's mean moved between two fits, in standard deviations of the previous fit. */
	public record Shift(String feature, double previousMean, double currentMean, double previousSd, double currentSd,
			double meanShiftInSd, double sdRatio) {
	}

	/**
	 * Compares this fit with an earlier one (e.g. last night's), feature by feature by name; features missing from
	 * either side are left out. Sorted by the absolute mean shift, largest first, so drift shows at the top.
	 */
	public List<Shift> compareWith(Standardization previous) {
		List<Shift> shifts = new ArrayList<>();
		for (int j = 0; j < width(); j++) {
			int i = previous.names.indexOf(this.names.get(j));
			if (i < 0) {
				continue;
			}
			double shift = (this.means[j] - previous.means[i]) / previous.scale(i);
			double ratio = previous.sds[i] == 0 ? (this.sds[j] == 0 ? 1.0 : Double.POSITIVE_INFINITY)
					: this.sds[j] / previous.sds[i];
			shifts.add(new Shift(this.names.get(j), previous.means[i], this.means[j], previous.sds[i], this.sds[j],
					shift, ratio));
		}
		shifts.sort((a, b) -> Double.compare(Math.abs(b.meanShiftInSd()), Math.abs(a.meanShiftInSd())));
		return shifts;
	}

	private static void checkWidth(double[] row, int p) {
		if (row.length != p) {
			throw new IllegalArgumentException("Row has " + row.length + " values, expected " + p);
		}
	}

	// Records compare arrays by identity; parameters are compared by value so two fits of the same data are equal.
	@Override
	public boolean equals(Object o) {
		return o instanceof Standardization s && this.rows == s.rows && this.names.equals(s.names)
				&& Arrays.equals(this.means, s.means) && Arrays.equals(this.sds, s.sds);
	}

	@Override
	public int hashCode() {
		return 31 * this.names.hashCode() + Arrays.hashCode(this.means) + 17 * Arrays.hashCode(this.sds);
	}

	@Override
	public String toString() {
		return "Standardization" + this.names + " over " + this.rows + " rows";
	}

	@Override
	public double[] means() {
		return this.means.clone();
	}

	@Override
	public double[] sds() {
		return this.sds.clone();
	}

}
