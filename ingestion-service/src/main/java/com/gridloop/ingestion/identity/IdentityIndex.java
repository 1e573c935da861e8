package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental matching: keeps the records seen so far under their blocking keys, and
 * scores each new record against the records that share a key with it, without running
 * everything again. A record that links joins its customer (merging customers it links
 * to, the customer with the earliest record keeping its golden id); one that links to
 * nobody starts a customer with a name-based golden id of its record id. Thread-safe (one
 * caller at a time).
 */
public final class IdentityIndex {

	/**
	 * What adding one record did.
	 *
	 * @param goldenId the golden id the record now has
	 * @param newCustomer whether it linked to no record already indexed
	 * @param candidates every indexed record that shared a blocking key with it, scored,
	 * most probable first
	 * @param mergedGoldenIds golden ids the record's links merged into {@code goldenId};
	 * they name no one any more
	 * @param skippedBlocks blocks not searched because they held more records than the
	 * cap
	 */
	public record Result(String recordId, String goldenId, boolean newCustomer, List<MatchExplanation> candidates,
			List<String> mergedGoldenIds, int skippedBlocks) {

		public List<MatchExplanation> withDecision(Decision decision) {
			return this.candidates.stream().filter(c -> c.decision() == decision).toList();
		}

	}

	private final FellegiSunterModel model;

	private final Thresholds thresholds;

	private final List<BlockingRule> rules;

	private final int maxBlockSize;

	private final List<PreparedRecord> records = new ArrayList<>();

	private final Map<String, Integer> positions = new HashMap<>();

	private final List<Map<String, int[]>> blocks = new ArrayList<>();

	private final UnionFind clusters = new UnionFind(1024);

	// Per root position: the customer's golden id and its earliest record position.
	private String[] golden = new String[1024];

	private int[] earliest = new int[1024];

	private final Map<String, Integer> memberByGoldenId = new HashMap<>();

	private final Map<String, String> retired = new LinkedHashMap<>();

	public IdentityIndex(FellegiSunterModel model, Thresholds thresholds, List<BlockingRule> rules, int maxBlockSize) {
		this.model = model;
		this.thresholds = thresholds;
		this.rules = List.copyOf(rules);
		this.maxBlockSize = maxBlockSize;
		for (int i = 0; i < this.rules.size(); i++) {
			this.blocks.add(new HashMap<>());
		}
	}

	/** An index with the default blocking rules, cap and thresholds. */
	public IdentityIndex(FellegiSunterModel model) {
		this(model, Thresholds.defaults(), List.of(BlockingRule.values()), 100);
	}

	/**
	 * Indexes a record whose golden id is already decided (loaded from the database, or
	 * from a batch {@link Resolution#linkedRecords()}), without matching it; records with
	 * equal golden ids form one customer.
	 */
	public synchronized void addKnown(IdentityRecord record) {
		if (record.goldenId() == null) {
			throw new IllegalArgumentException("A known record needs its golden id: " + record.recordId());
		}
		int position = append(PreparedRecord.of(record));
		Integer member = this.memberByGoldenId.get(record.goldenId());
		if (member != null) {
			join(List.of(this.clusters.find(member)), position);
		}
		else {
			this.golden[position] = record.goldenId();
			this.memberByGoldenId.put(record.goldenId(), position);
		}
	}

	/** Scores a record against the index without adding it. */
	public synchronized List<MatchExplanation> match(IdentityRecord record) {
		return score(PreparedRecord.of(record), new int[1]);
	}

	/** Matches a new record against the records indexed so far, then indexes it. */
	public synchronized Result add(IdentityRecord record) {
		if (this.positions.containsKey(record.recordId())) {
			throw new IllegalArgumentException("Record already indexed: " + record.recordId());
		}
		PreparedRecord prepared = PreparedRecord.of(record);
		int[] skipped = new int[1];
		List<MatchExplanation> candidates = score(prepared, skipped);
		List<Integer> roots = new ArrayList<>();
		for (MatchExplanation c : candidates) {
			if (c.decision() == Decision.LINK) {
				int root = this.clusters.find(this.positions.get(c.rightRecordId()));
				if (!roots.contains(root)) {
					roots.add(root);
				}
			}
		}
		// A record that comes with a golden id the index knows belongs to that customer
		// whatever it matched.
		Integer claimed = record.goldenId() == null ? null : this.memberByGoldenId.get(record.goldenId());
		if (claimed != null && !roots.contains(this.clusters.find(claimed))) {
			roots.add(this.clusters.find(claimed));
		}
		int position = append(prepared);
		if (roots.isEmpty()) {
			String id = record.goldenId() != null ? record.goldenId() : GoldenIds.newId(record.recordId());
			this.golden[position] = id;
			this.memberByGoldenId.put(id, position);
			return new Result(record.recordId(), id, true, candidates, List.of(), skipped[0]);
		}
		List<String> merged = join(roots, position);
		String id = this.golden[this.clusters.find(position)];
		if (record.goldenId() != null && !record.goldenId().equals(id) && claimed == null) {
			this.retired.put(record.goldenId(), id);
		}
		return new Result(record.recordId(), id, false, candidates, merged, skipped[0]);
	}

	/**
	 * Adds records one after the other, each matched against the index and the records
	 * before it.
	 */
	public synchronized List<Result> addAll(List<IdentityRecord> records) {
		List<Result> results = new ArrayList<>(records.size());
		for (IdentityRecord record : records) {
			results.add(add(record));
		}
		return results;
	}

	/** The golden id of an indexed record, or null when it is not indexed. */
	public synchronized String goldenId(String recordId) {
		Integer position = this.positions.get(recordId);
		return position == null ? null : this.golden[this.clusters.find(position)];
	}

	/** Golden ids merged into others so far, each with the golden id that absorbed it. */
	public synchronized Map<String, String> retiredGoldenIds() {
		return Map.copyOf(this.retired);
	}

	public synchronized int size() {
		return this.records.size();
	}

	private List<MatchExplanation> score(PreparedRecord prepared, int[] skipped) {
		int[] found = new int[16];
		int count = 0;
		for (int r = 0; r < this.rules.size(); r++) {
			String key = this.rules.get(r).key(prepared);
			int[] block = key == null ? null : this.blocks.get(r).get(key);
			if (block == null) {
				continue;
			}
			int size = block[0];
			if (size + 1 > this.maxBlockSize) {
				skipped[0]++;
				continue;
			}
			for (int k = 1; k <= size; k++) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = block[k];
			}
		}
		Arrays.sort(found, 0, count);
		List<MatchExplanation> scored = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			if (k > 0 && found[k] == found[k - 1]) {
				continue;
			}
			PreparedRecord other = this.records.get(found[k]);
			if (!other.recordId().equals(prepared.recordId())) {
				scored.add(this.model.explain(prepared, other, this.thresholds));
			}
		}
		scored.sort(Comparator.comparingDouble(MatchExplanation::probability).reversed());
		return scored;
	}

	private int append(PreparedRecord prepared) {
		if (this.positions.containsKey(prepared.recordId())) {
			throw new IllegalArgumentException("Record already indexed: " + prepared.recordId());
		}
		int position = this.clusters.add();
		this.records.add(prepared);
		this.positions.put(prepared.recordId(), position);
		if (position == this.golden.length) {
			this.golden = Arrays.copyOf(this.golden, position * 2);
			this.earliest = Arrays.copyOf(this.earliest, position * 2);
		}
		this.earliest[position] = position;
		for (int r = 0; r < this.rules.size(); r++) {
			String key = this.rules.get(r).key(prepared);
			if (key != null) {
				// block[0] is the number of members, the members follow.
				this.blocks.get(r).merge(key, new int[] { 1, position }, (block, one) -> {
					int size = block[0] + 1;
					int[] grown = size < block.length ? block : Arrays.copyOf(block, block.length * 2);
					grown[size] = position;
					grown[0] = size;
					return grown;
				});
			}
		}
		return position;
	}

	/**
	 * Joins the new record at {@code position} and the customers at {@code roots}; the
	 * customer whose earliest record is earliest keeps its golden id. Returns the golden
	 * ids that were merged away.
	 */
	private List<String> join(List<Integer> roots, int position) {
		int winner = roots.get(0);
		for (int root : roots) {
			if (this.earliest[root] < this.earliest[winner]) {
				winner = root;
			}
		}
		String kept = this.golden[winner];
		int first = this.earliest[winner];
		List<String> merged = new ArrayList<>();
		int root = position;
		for (int r : roots) {
			if (r != winner && !this.golden[r].equals(kept)) {
				merged.add(this.golden[r]);
				this.retired.put(this.golden[r], kept);
				this.memberByGoldenId.remove(this.golden[r]);
			}
			root = this.clusters.union(root, r);
		}
		if (!merged.isEmpty()) {
			// Ids retired earlier into one just merged away now point at the survivor.
			this.retired.replaceAll((old, into) -> merged.contains(into) ? kept : into);
		}
		this.golden[root] = kept;
		this.earliest[root] = first;
		this.memberByGoldenId.put(kept, root);
		return merged;
	}

}
