package com.gridloop.ingestion.usage;

/**
 * Fills short runs of missing intervals by linear interpolation between their neighbours and leaves longer runs
 * missing. A run at the start or end of the day, with one neighbour only, takes that neighbour's value.
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
		int n = raw.length;
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
			boolean hasLeft = start > 0, hasRight = i < n;
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
