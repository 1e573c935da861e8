package com.gridloop.ingestion.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds spikes in a meter's intervals robustly against the meter's own profile: a value
 * is a spike when it lies far above the median of the same slot on the meter's other days
 * (median plus eight robust standard deviations, and three times the median). With fewer
 * than five days to compare, the day's own median is the reference and the bar is higher.
 * Spikes are flagged, never removed.
 */
public final class SpikeDetector {

	/** Days of the same meter needed to compare a slot with itself across days. */
	static final int MIN_DAYS = 5;

	private SpikeDetector() {
	}

	/**
	 * @param days the meter's days, each one value per slot (NaN where missing), all with
	 * the same interval
	 * @return per day, the slots that are spikes
	 */
	public static List<int[]> detect(List<float[]> days) {
		List<int[]> out = new ArrayList<>(days.size());
		if (days.size() >= MIN_DAYS) {
			int slots = days.stream().mapToInt(d -> d.length).min().orElse(0);
			double[] median = new double[slots];
			double[] scale = new double[slots];
			double[] column = new double[days.size()];
			for (int s = 0; s < slots; s++) {
				int n = 0;
				for (float[] d : days) {
					if (!Float.isNaN(d[s])) {
						column[n++] = d[s];
					}
				}
				if (n == 0) {
					median[s] = Double.NaN;
					continue;
				}
				Arrays.sort(column, 0, n);
				median[s] = middle(column, n);
				// The scale is floored at a tenth of the median: when even the slot's
				// largest value cannot clear
				// the bar with that floor, no value of the slot is a spike and its
				// deviations need not be sorted.
				double m = median[s];
				double largest = column[n - 1];
				boolean possible = largest > 3 * m && largest > m + 8 * Math.max(0.1 * m, 0.01);
				scale[s] = possible ? robustScale(column, n, m) : Double.POSITIVE_INFINITY;
			}
			for (float[] d : days) {
				List<Integer> spikes = new ArrayList<>();
				for (int s = 0; s < slots; s++) {
					if (!Float.isNaN(d[s]) && !Double.isNaN(median[s]) && d[s] > median[s] + 8 * scale[s]
							&& d[s] > 3 * median[s]) {
						spikes.add(s);
					}
				}
				out.add(spikes.stream().mapToInt(Integer::intValue).toArray());
			}
			return out;
		}
		for (float[] d : days) {
			double[] values = new double[d.length];
			int n = 0;
			for (float v : d) {
				if (!Float.isNaN(v)) {
					values[n++] = v;
				}
			}
			List<Integer> spikes = new ArrayList<>();
			if (n >= 4) {
				double m = median(values, n);
				double sc = robustScale(values, n, m);
				for (int s = 0; s < d.length; s++) {
					if (!Float.isNaN(d[s]) && d[s] > m + 12 * sc && d[s] > 5 * m) {
						spikes.add(s);
					}
				}
			}
			out.add(spikes.stream().mapToInt(Integer::intValue).toArray());
		}
		return out;
	}

	/**
	 * 1.4826 times the median absolute deviation, floored so a flat profile does not flag
	 * its noise.
	 */
	private static double robustScale(double[] values, int n, double median) {
		double[] deviations = new double[n];
		for (int i = 0; i < n; i++) {
			deviations[i] = Math.abs(values[i] - median);
		}
		return Math.max(1.4826 * median(deviations, n), Math.max(0.1 * median, 0.01));
	}

	private static double median(double[] values, int n) {
		double[] sorted = Arrays.copyOf(values, n);
		Arrays.sort(sorted);
		return middle(sorted, n);
	}

	private static double middle(double[] sorted, int n) {
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
