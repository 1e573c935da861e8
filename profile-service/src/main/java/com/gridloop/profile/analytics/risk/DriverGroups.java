package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups of model columns that carry the same information (absolute correlation above a
 * threshold on the training rows), so a "why" list names one driver, not two near copies
 * that share a weight between them.
 */
final class DriverGroups {

	/** Absolute correlation above which two columns are one driver. */
	static final double THRESHOLD = 0.98;

	private DriverGroups() {
	}

	/**
	 * Group index of each column (columns of one group share it; groups are numbered by
	 * their first column). Constant columns stay alone.
	 */
	static int[] of(double[][] rows, int width, double threshold) {
		int n = rows.length;
		double[] mean = new double[width];
		double[] sd = new double[width];
		for (double[] row : rows) {
			for (int j = 0; j < width; j++) {
				mean[j] += row[j] / n;
			}
		}
		for (double[] row : rows) {
			for (int j = 0; j < width; j++) {
				sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
			}
		}
		for (int j = 0; j < width; j++) {
			sd[j] = Math.sqrt(sd[j]);
		}
		int[] group = new int[width];
		for (int j = 0; j < width; j++) {
			group[j] = j;
		}
		for (int a = 0; a < width; a++) {
			for (int b = a + 1; b < width; b++) {
				if (sd[a] == 0 || sd[b] == 0 || root(group, a) == root(group, b)) {
					continue;
				}
				double cov = 0;
				for (double[] row : rows) {
					cov += (row[a] - mean[a]) * (row[b] - mean[b]);
				}
				if (Math.abs(cov / (sd[a] * sd[b])) > threshold) {
					// The smaller root wins, so a group's number is its first column.
					int ra = root(group, a), rb = root(group, b);
					group[Math.max(ra, rb)] = Math.min(ra, rb);
				}
			}
		}
		int[] out = new int[width];
		for (int j = 0; j < width; j++) {
			out[j] = root(group, j);
		}
		return out;
	}

	/** Names of the groups with more than one column, for the model metrics. */
	static List<List<String>> merged(int[] groups, List<String> names) {
		List<List<String>> out = new ArrayList<>();
		for (int g = 0; g < groups.length; g++) {
			List<String> members = new ArrayList<>();
			for (int j = 0; j < groups.length; j++) {
				if (groups[j] == g) {
					members.add(names.get(j));
				}
			}
			if (members.size() > 1) {
				out.add(List.copyOf(members));
			}
		}
		return out;
	}

	private static int root(int[] parent, int j) {
		while (parent[j] != j) {
			j = parent[j];
		}
		return j;
	}

}
