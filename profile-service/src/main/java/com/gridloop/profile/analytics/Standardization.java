package com.gridloop.profile.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scaling parameters of a feature matrix (a centre and a scale per named feature), kept
 * so that rows scored later, and the next nightly run, use and can be compared with the
 * same scale.
 *
 * <p>
 * {@link #fit} is the plain z-score (mean and population standard deviation), unbounded,
 * as the clustering uses it. {@link #robust} centres on the median, scales by the
 * interquartile range over 1.349 and bounds every scaled value to the training range and
 * to +-{@code clip}, so a heavy tail cannot push a probability to 0 or 1; a column with
 * no interquartile range (an indicator, a rare category) is scaled by the median distance
 * of the values off its median, so an indicator scales to 0 and 1.
 *
 * <p>
 * A constant feature (spread below {@link #CONSTANT_EPSILON} times its magnitude) gets a
 * scale of 1, so it standardises to 0 instead of dividing by zero; {@link #constant(int)}
 * tells which they are. Non-finite values (NaN, infinities) are refused with the column
 * named, when fitting and when applying: impute them first.
 *
 * @param names feature names, in column order
 * @param means column centres: means for {@link #fit}, medians for {@link #robust}
 * @param sds column scales: population standard deviations for {@link #fit}, robust
 * scales for {@link #robust}; 0 for constant columns
 * @param rows how many rows the parameters were fitted on
 * @param lower least scaled value of each column ({@link Double#NEGATIVE_INFINITY} for
 * none)
 * @param upper greatest scaled value of each column ({@link Double#POSITIVE_INFINITY} for
 * none)
 */
public record Standardization(List<String> names, double[] means, double[] sds, long rows, double[] lower,
		double[] upper) {

	/** Relative spread under which a column counts as constant. */
	public static final double CONSTANT_EPSILON = 1e-12;

	/** Interquartile range of a standard normal distribution. */
	private static final double NORMAL_IQR = 1.3489795003921634;

	public Standardization {
		names = List.copyOf(names);
		means = means.clone();
		sds = sds.clone();
		if (names.size() != means.length || means.length != sds.length) {
			throw new IllegalArgumentException("names, means and sds must have the same length");
		}
		lower = lower.clone();
		upper = upper.clone();
		if (lower.length != means.length || upper.length != means.length) {
			throw new IllegalArgumentException("One bound per column is needed");
		}
	}

	/** Unbounded parameters, as stored by runs before the bound existed. */
	public Standardization(List<String> names, double[] means, double[] sds, long rows) {
		this(names, means, sds, rows, filled(means.length, Double.NEGATIVE_INFINITY),
				filled(means.length, Double.POSITIVE_INFINITY));
	}

	/**
	 * Fits means and standard deviations column by column (two passes, so large means do
	 * not cost precision).
	 */
	public static Standardization fit(List<String> names, double[][] rows) {
		int p = names.size();
		requireFinite(names, rows);
		double[] mean = new double[p];
		for (double[] row : rows) {
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

	/**
	 * Fits medians and robust scales (interquartile range / 1.349, or where that range is
	 * 0 the median distance of the off-median values) and bounds scaled values to the
	 * training range within +-clip.
	 */
	public static Standardization robust(List<String> names, double[][] rows, double clip) {
		int p = names.size();
		requireFinite(names, rows);
		double[] median = new double[p];
		double[] scale = new double[p];
		double[] column = new double[rows.length];
		for (int j = 0; j < p; j++) {
			for (int i = 0; i < rows.length; i++) {
				column[i] = rows[i][j];
			}
			Arrays.sort(column);
			median[j] = quantile(column, 0.5);
			double iqr = quantile(column, 0.75) - quantile(column, 0.25);
			double epsilon = CONSTANT_EPSILON * Math.max(1.0, Math.abs(median[j]));
			scale[j] = iqr > epsilon ? iqr / NORMAL_IQR : offMedianDistance(column, median[j], epsilon);
		}
		double[] lower = filled(p, Double.POSITIVE_INFINITY);
		double[] upper = filled(p, Double.NEGATIVE_INFINITY);
		for (double[] row : rows) {
			for (int j = 0; j < p; j++) {
				double z = (row[j] - median[j]) / (scale[j] == 0 ? 1.0 : scale[j]);
				lower[j] = Math.min(lower[j], Math.max(-clip, z));
				upper[j] = Math.max(upper[j], Math.min(clip, z));
			}
		}
		return new Standardization(names, median, scale, rows.length, lower, upper);
	}

	/**
	 * Median of |x - median| over the values off the median; 0 when there are none (a
	 * constant column).
	 */
	private static double offMedianDistance(double[] sorted, double median, double epsilon) {
		double[] off = Arrays.stream(sorted).map(x -> Math.abs(x - median)).filter(d -> d > epsilon).sorted().toArray();
		return off.length == 0 ? 0 : quantile(off, 0.5);
	}

	/**
	 * Linear interpolation between order statistics (type 7, as R and numpy default to).
	 */
	private static double quantile(double[] sorted, double q) {
		double h = (sorted.length - 1) * q;
		int lo = (int) Math.floor(h);
		int hi = Math.min(lo + 1, sorted.length - 1);
		return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
	}

	private static void requireFinite(List<String> names, double[][] rows) {
		if (rows.length == 0) {
			throw new IllegalArgumentException("Need at least one row to standardise");
		}
		for (int i = 0; i < rows.length; i++) {
			checkWidth(rows[i], names.size());
			for (int j = 0; j < names.size(); j++) {
				if (!Double.isFinite(rows[i][j])) {
					throw nonFinite(names.get(j), rows[i][j], "in row " + i);
				}
			}
		}
	}

	private static IllegalArgumentException nonFinite(String column, double value, String where) {
		return new IllegalArgumentException("Column '" + column + "' has a non-finite value (" + value + ") " + where
				+ "; impute it before scaling");
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

	/**
	 * Scaled row, each value within its column's bounds; a non-finite value is refused
	 * with its column named.
	 */
	public double[] apply(double[] row) {
		checkWidth(row, width());
		double[] z = new double[row.length];
		for (int j = 0; j < row.length; j++) {
			if (!Double.isFinite(row[j])) {
				throw nonFinite(this.names.get(j), row[j], "in the row to scale");
			}
			z[j] = Math.max(this.lower[j], Math.min(this.upper[j], (row[j] - this.means[j]) / scale(j)));
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

	/**
	 * Back to original units (a standardised centroid becomes a readable one; a clipped
	 * value stays clipped).
	 */
	public double[] invert(double[] z) {
		checkWidth(z, width());
		double[] x = new double[z.length];
		for (int j = 0; j < z.length; j++) {
			x[j] = this.means[j] + z[j] * scale(j);
		}
		return x;
	}

	/**
	 * How far one feature's mean moved between two fits, in standard deviations of the
	 * previous fit.
	 */
	public record Shift(String feature, double previousMean, double currentMean, double previousSd, double currentSd,
			double meanShiftInSd, double sdRatio) {
	}

	/**
	 * Compares this fit with an earlier one (e.g. last night's), feature by feature by
	 * name; features missing from either side are left out. Sorted by the absolute mean
	 * shift, largest first, so drift shows at the top.
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

	// Records compare arrays by identity; parameters are compared by value so two fits of
	// the same data are equal.
	@Override
	public boolean equals(Object o) {
		return o instanceof Standardization s && this.rows == s.rows && this.names.equals(s.names)
				&& Arrays.equals(this.means, s.means) && Arrays.equals(this.sds, s.sds)
				&& Arrays.equals(this.lower, s.lower) && Arrays.equals(this.upper, s.upper);
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

	@Override
	public double[] lower() {
		return this.lower.clone();
	}

	@Override
	public double[] upper() {
		return this.upper.clone();
	}

	private static double[] filled(int n, double value) {
		double[] out = new double[n];
		Arrays.fill(out, value);
		return out;
	}

}
