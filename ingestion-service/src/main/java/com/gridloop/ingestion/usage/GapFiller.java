package com.gridloop.ingestion.usage;

/**
 * Fills short runs of missing intervals by linear interpolation between their neighbours
 * and leaves longer runs missing. A run at the start or end of the day, with one
 * neighbour only, takes that neighbour's value. A neighbour flagged as a spike is no
 * neighbour: a lone reading says nothing about the intervals beside it, and interpolating
 * from it would invent energy in their bands (a vacant home's 0.6 kWh beside a gap became
 * 0.3 kWh more).
 */
public final class GapFiller {

	/** Cleaned values (NaN where still missing) and what was done. */
	public record Filled(double[] values, int estimated, int missing) {
	}

	private GapFiller() {
	}

	/**
	 * @param raw one value per interval, NaN where missing
	 * @param maxGapSlots longest run that may be filled
	 */
	public static Filled fill(float[] raw, int maxGapSlots) {
		return fill(raw, maxGapSlots, new int[0]);
	}

	/**
	 * @param raw one value per interval, NaN where missing
	 * @param maxGapSlots longest run that may be filled
	 * @param spikes slots flagged as spikes: a run beside one takes its other neighbour
	 * only, or stays missing
	 */
	public static Filled fill(float[] raw, int maxGapSlots, int[] spikes) {
		int n = raw.length;
		boolean[] spike = new boolean[n];
		for (int s : spikes) {
			if (s >= 0 && s < n) {
				spike[s] = true;
			}
		}
		double[] out = new double[n];
		int estimated = 0, missing = 0;
		int i = 0;
		while (i < n) {
			if (!Float.isNaN(raw[i])) {
				out[i] = raw[i];
				i++;
				continue;
			}
			int start = i;
			while (i < n && Float.isNaN(raw[i])) {
				i++;
			}
			int length = i - start;
			boolean hasLeft = start > 0 && !spike[start - 1], hasRight = i < n && !spike[i];
			if (length <= maxGapSlots && (hasLeft || hasRight)) {
				double left = hasLeft ? raw[start - 1] : raw[i];
				double right = hasRight ? raw[i] : raw[start - 1];
				for (int k = 0; k < length; k++) {
					out[start + k] = left + (right - left) * (k + 1) / (length + 1);
				}
				estimated += length;
			}
			else {
				for (int k = start; k < i; k++) {
					out[k] = Double.NaN;
				}
				missing += length;
			}
		}
		return new Filled(out, estimated, missing);
	}

}
