package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns records into candidate pairs with blocking rules, so that a million records are
 * compared in millions of pairs rather than half a trillion. A block larger than the cap
 * is skipped and counted: such a block (a shared company switchboard, the commonest name
 * in a district) says little, costs the square of its size, and its true pairs usually
 * share a key of another rule.
 */
public final class Blocker {

	private final List<BlockingRule> rules;

	private final int maxBlockSize;

	public Blocker(List<BlockingRule> rules, int maxBlockSize) {
		if (rules.isEmpty() || maxBlockSize < 2) {
			throw new IllegalArgumentException("Need at least one rule and blocks of at least two records");
		}
		this.rules = List.copyOf(rules);
		this.maxBlockSize = maxBlockSize;
	}

	public CandidatePairs candidates(List<PreparedRecord> records) {
		int n = records.size();
		LongList pairs = new LongList(Math.max(16, n * 4));
		List<BlockStats> stats = new ArrayList<>();
		// Each entry packs a 64-bit hash of the key (top bits) and the record position
		// (bottom bits), so that one
		// sort of a long[] groups the blocks; two keys sharing a hash only merge two
		// blocks into extra candidates.
		int positionBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
		long positionMask = (1L << positionBits) - 1;
		for (BlockingRule rule : this.rules) {
			long[] entries = new long[n];
			int keyed = 0;
			for (int i = 0; i < n; i++) {
				String key = rule.key(records.get(i));
				if (key != null) {
					entries[keyed++] = (hash(key) << positionBits) | i;
				}
			}
			Arrays.sort(entries, 0, keyed);
			long blocks = 0;
			long rulePairs = 0;
			long oversized = 0;
			long oversizedRecords = 0;
			long skipped = 0;
			int largest = 0;
			int start = 0;
			while (start < keyed) {
				long block = entries[start] >>> positionBits;
				int end = start + 1;
				while (end < keyed && entries[end] >>> positionBits == block) {
					end++;
				}
				int size = end - start;
				if (size > this.maxBlockSize) {
					oversized++;
					oversizedRecords += size;
					skipped += (long) size * (size - 1) / 2;
				}
				else if (size > 1) {
					blocks++;
					largest = Math.max(largest, size);
					for (int a = start; a < end; a++) {
						int left = (int) (entries[a] & positionMask);
						for (int b = a + 1; b < end; b++) {
							// Positions ascend within a block: the entries sorted by
							// hash, then position.
							pairs.add(CandidatePairs.pack(left, (int) (entries[b] & positionMask)));
						}
					}
					rulePairs += (long) size * (size - 1) / 2;
				}
				start = end;
			}
			stats.add(new BlockStats(rule, keyed, blocks, rulePairs, oversized, oversizedRecords, skipped, largest));
		}
		return new CandidatePairs(pairs.sortedDistinct(), List.copyOf(stats));
	}

	/**
	 * A 64-bit hash of the key's characters (FNV-1a, then a finalising mix to spread the
	 * bits).
	 */
	static long hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			h ^= key.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	/** A growable long[]. */
	static final class LongList {

		private long[] values;

		private int size;

		LongList(int capacity) {
			this.values = new long[capacity];
		}

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.values.length + (this.values.length >> 1) + 16);
			}
			this.values[this.size++] = value;
		}

		long[] sortedDistinct() {
			Arrays.parallelSort(this.values, 0, this.size);
			int distinct = 0;
			for (int i = 0; i < this.size; i++) {
				if (distinct == 0 || this.values[i] != this.values[distinct - 1]) {
					this.values[distinct++] = this.values[i];
				}
			}
			long[] result = Arrays.copyOf(this.values, distinct);
			this.values = null;
			return result;
		}

	}

}
