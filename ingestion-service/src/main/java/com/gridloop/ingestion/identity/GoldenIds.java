package com.gridloop.ingestion.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Golden ids for clusters of records, stable across runs: a cluster keeps the golden id
 * of its earliest member that already had one (records are given oldest first), and a
 * cluster of new records gets a name-based UUID of its smallest record id, the same in
 * every run and environment.
 */
public final class GoldenIds {

	/**
	 * Golden id per record position, and the golden ids that no longer name a customer
	 * (merged into another), each with the golden id that absorbed it.
	 */
	public record Assignment(String[] goldenIds, Map<String, String> retired, int entities) {
	}

	private GoldenIds() {
	}

	/** The golden id of a new customer whose smallest record id is given. */
	public static String newId(String smallestRecordId) {
		return UUID.nameUUIDFromBytes(("identity:" + smallestRecordId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * @param records oldest first; {@link IdentityRecord#goldenId()} is what earlier runs
	 * gave them
	 * @param cluster cluster number per record position (any ints; equal means same
	 * customer)
	 */
	public static Assignment assign(List<IdentityRecord> records, int[] cluster) {
		int n = records.size();
		// Positions ordered by cluster, then by position: every cluster becomes a run,
		// oldest member first.
		long[] order = new long[n];
		for (int i = 0; i < n; i++) {
			order[i] = ((long) cluster[i] << 32) | i;
		}
		Arrays.sort(order);
		int[] runStart = new int[n + 1];
		int runs = 0;
		for (int k = 0; k < n; k++) {
			if (k == 0 || order[k] >> 32 != order[k - 1] >> 32) {
				runStart[runs++] = k;
			}
		}
		runStart[runs] = n;
		// Clusters holding known golden ids choose first, in the order of their earliest
		// known member, so that a
		// golden id split over two clusters stays with the one that had it first.
		long[] runOrder = new long[runs];
		for (int r = 0; r < runs; r++) {
			long firstKnown = Integer.MAX_VALUE;
			for (int k = runStart[r]; k < runStart[r + 1]; k++) {
				if (records.get((int) order[k]).goldenId() != null) {
					firstKnown = (int) order[k];
					break;
				}
			}
			runOrder[r] = (firstKnown << 32) | r;
		}
		Arrays.sort(runOrder);
		String[] golden = new String[n];
		boolean anyKnown = runs > 0 && (runOrder[0] >>> 32) != Integer.MAX_VALUE;
		Set<String> taken = new HashSet<>();
		for (long entry : runOrder) {
			int r = (int) entry;
			String chosen = null;
			for (int k = runStart[r]; k < runStart[r + 1] && chosen == null; k++) {
				String known = records.get((int) order[k]).goldenId();
				if (known != null && !taken.contains(known)) {
					chosen = known;
				}
			}
			if (chosen == null) {
				chosen = freshId(records, order, runStart[r], runStart[r + 1], taken);
			}
			if (anyKnown) {
				// Without known ids, fresh ids of distinct smallest record ids cannot
				// collide: no need to remember.
				taken.add(chosen);
			}
			for (int k = runStart[r]; k < runStart[r + 1]; k++) {
				golden[(int) order[k]] = chosen;
			}
		}
		Map<String, String> retired = new HashMap<>();
		for (int i = 0; i < n && anyKnown; i++) {
			String known = records.get(i).goldenId();
			if (known != null && !taken.contains(known)) {
				retired.putIfAbsent(known, golden[i]);
			}
		}
		return new Assignment(golden, Map.copyOf(retired), runs);
	}

	private static String freshId(List<IdentityRecord> records, long[] order, int from, int to, Set<String> taken) {
		String smallest = null;
		for (int k = from; k < to; k++) {
			String id = records.get((int) order[k]).recordId();
			if (smallest == null || id.compareTo(smallest) < 0) {
				smallest = id;
			}
		}
		String id = newId(smallest);
		// Only when a split leaves the old id of this very record with another cluster.
		for (int attempt = 1; taken.contains(id); attempt++) {
			id = newId(smallest + "#" + attempt);
		}
		return id;
	}

}
