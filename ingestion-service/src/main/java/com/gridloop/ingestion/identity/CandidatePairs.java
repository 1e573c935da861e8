package com.gridloop.ingestion.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct pairs of record positions that blocking proposed, sorted, each packed into
 * a long (left position in the high half, right in the low, left < right), with what
 * every rule did.
 */
public record CandidatePairs(long[] pairs, List<BlockStats> stats) {

	public int size() {
		return this.pairs.length;
	}

	public static long pack(int left, int right) {
		return ((long) left << 32) | (right & 0xFFFFFFFFL);
	}

	public static int left(long pair) {
		return (int) (pair >>> 32);
	}

	public static int right(long pair) {
		return (int) pair;
	}

	/** Whether positions a and b (in either order) form a candidate pair. */
	public boolean contains(int a, int b) {
		long pair = a < b ? pack(a, b) : pack(b, a);
		return Arrays.binarySearch(this.pairs, pair) >= 0;
	}

}
