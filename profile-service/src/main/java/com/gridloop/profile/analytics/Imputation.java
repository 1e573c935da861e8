package com.gridloop.profile.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces non-finite values (NaN, infinities: a missing reading, a ratio over zero) by
 * the column's training median and adds a "was missing" indicator column
 * ({@code name + "_missing"}, 1 or 0) after the features, for each column that had any
 * such value in training. A column complete in training but not at scoring is imputed
 * without an indicator: the model never learnt one.
 *
 * @param names input feature names, in column order
 * @param medians median of each column's finite training values (0 for a column with
 * none)
 * @param missing how many training values of each column were not finite
 * @param rows how many rows it was fitted on
 */
public record Imputation(List<String> names, double[] medians, long[] missing, long rows) {

	/** Suffix of the indicator columns. */
	public static final String MISSING_SUFFIX = "_missing";

	public Imputation {
		names = List.copyOf(names);
		medians = medians.clone();
		missing = missing.clone();
		if (names.size() != medians.length || medians.length != missing.length) {
			throw new IllegalArgumentException("names, medians and missing must have the same length");
		}
	}

	public static Imputation fit(List<String> names, double[][] rows) {
		int p = names.size();
		double[] medians = new double[p];
		long[] missing = new long[p];
		double[] column = new double[rows.length];
		for (int j = 0; j < p; j++) {
			int n = 0;
			for (double[] row : rows) {
				if (row.length != p) {
					throw new IllegalArgumentException("Row has " + row.length + " values, expected " + p);
				}
				if (Double.isFinite(row[j])) {
					column[n++] = row[j];
				}
			}
			missing[j] = rows.length - n;
			Arrays.sort(column, 0, n);
			medians[j] = n == 0 ? 0 : (n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2);
		}
		return new Imputation(names, medians, missing, rows.length);
	}

	/** The input names followed by the indicator columns. */
	public List<String> outputNames() {
		List<String> out = new ArrayList<>(this.names);
		for (int j = 0; j < this.missing.length; j++) {
			if (this.missing[j] > 0) {
				out.add(this.names.get(j) + MISSING_SUFFIX);
			}
		}
		return out;
	}

	public int outputWidth() {
		int w = this.names.size();
		for (long m : this.missing) {
			w += m > 0 ? 1 : 0;
		}
		return w;
	}

	/** The row with non-finite values imputed, followed by its indicators. */
	public double[] apply(double[] row) {
		if (row.length != this.names.size()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, expected " + this.names.size());
		}
		double[] out = Arrays.copyOf(row, outputWidth());
		int k = row.length;
		for (int j = 0; j < row.length; j++) {
			boolean absent = !Double.isFinite(row[j]);
			if (absent) {
				out[j] = this.medians[j];
			}
			if (this.missing[j] > 0) {
				out[k++] = absent ? 1 : 0;
			}
		}
		return out;
	}

	public double[][] applyAll(double[][] rows) {
		double[][] out = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			out[i] = apply(rows[i]);
		}
		return out;
	}

	/**
	 * Non-finite training values per column, for the columns that had any (for model
	 * metrics).
	 */
	public Map<String, Long> missingCounts() {
		Map<String, Long> out = new LinkedHashMap<>();
		for (int j = 0; j < this.missing.length; j++) {
			if (this.missing[j] > 0) {
				out.put(this.names.get(j), this.missing[j]);
			}
		}
		return out;
	}

	/** Non-finite values per column of these rows, for the columns that have any. */
	public static Map<String, Long> countNonFinite(List<String> names, Iterable<double[]> rows) {
		long[] counts = new long[names.size()];
		for (double[] row : rows) {
			for (int j = 0; j < counts.length; j++) {
				counts[j] += Double.isFinite(row[j]) ? 0 : 1;
			}
		}
		Map<String, Long> out = new LinkedHashMap<>();
		for (int j = 0; j < counts.length; j++) {
			if (counts[j] > 0) {
				out.put(names.get(j), counts[j]);
			}
		}
		return out;
	}

	// Records compare arrays by identity; parameters are compared by value.
	@Override
	public boolean equals(Object o) {
		return o instanceof Imputation m && this.rows == m.rows && this.names.equals(m.names)
				&& Arrays.equals(this.medians, m.medians) && Arrays.equals(this.missing, m.missing);
	}

	@Override
	public int hashCode() {
		return 31 * this.names.hashCode() + Arrays.hashCode(this.medians) + 17 * Arrays.hashCode(this.missing);
	}

	@Override
	public String toString() {
		return "Imputation" + missingCounts() + " over " + this.rows + " rows";
	}

	@Override
	public double[] medians() {
		return this.medians.clone();
	}

	@Override
	public long[] missing() {
		return this.missing.clone();
	}

}
