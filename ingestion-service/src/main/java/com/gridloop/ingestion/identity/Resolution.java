package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a batch resolution: the model used, what blocking did, every candidate
 * pair with its comparison pattern (hence its decision and explanation), the clusters and
 * their golden ids.
 */
public final class Resolution {

	private final List<IdentityRecord> records;

	private final FellegiSunterModel model;

	private final ExpectationMaximisation.Result estimation;

	private final Thresholds thresholds;

	private final CandidatePairs candidates;

	private final short[] patterns;

	private final int[] cluster;

	private final GoldenIds.Assignment golden;

	private final Map<String, Double> phaseSeconds;

	private Map<String, Integer> positions;

	Resolution(List<IdentityRecord> records, FellegiSunterModel model, ExpectationMaximisation.Result estimation,
			Thresholds thresholds, CandidatePairs candidates, short[] patterns, int[] cluster,
			GoldenIds.Assignment golden, Map<String, Double> phaseSeconds) {
		this.records = records;
		this.model = model;
		this.estimation = estimation;
		this.thresholds = thresholds;
		this.candidates = candidates;
		this.patterns = patterns;
		this.cluster = cluster;
		this.golden = golden;
		this.phaseSeconds = Map.copyOf(phaseSeconds);
	}

	public int recordCount() {
		return this.records.size();
	}

	/**
	 * The model that scored the pairs: estimated from these records, or the configured
	 * one.
	 */
	public FellegiSunterModel model() {
		return this.model;
	}

	/** How EM went, when the model was estimated. */
	public Optional<ExpectationMaximisation.Result> estimation() {
		return Optional.ofNullable(this.estimation);
	}

	public Thresholds thresholds() {
		return this.thresholds;
	}

	public List<BlockStats> blockStats() {
		return this.candidates.stats();
	}

	public int candidatePairCount() {
		return this.candidates.size();
	}

	public Decision decision(int pairIndex) {
		return this.thresholds.decide(this.model.probability(this.patterns[pairIndex]));
	}

	public long count(Decision decision) {
		double[] probability = probabilityByPattern();
		long count = 0;
		for (short pattern : this.patterns) {
			if (this.thresholds.decide(probability[pattern]) == decision) {
				count++;
			}
		}
		return count;
	}

	public MatchExplanation explain(int pairIndex) {
		long pair = this.candidates.pairs()[pairIndex];
		return this.model.explain(this.records.get(CandidatePairs.left(pair)).recordId(),
				this.records.get(CandidatePairs.right(pair)).recordId(), this.patterns[pairIndex], this.thresholds);
	}

	/** The explanation of two records' pair, if blocking made them candidates. */
	public Optional<MatchExplanation> explain(String recordId, String otherRecordId) {
		Integer a = position(recordId);
		Integer b = position(otherRecordId);
		if (a == null || b == null || a.equals(b)) {
			return Optional.empty();
		}
		long pair = a < b ? CandidatePairs.pack(a, b) : CandidatePairs.pack(b, a);
		int index = Arrays.binarySearch(this.candidates.pairs(), pair);
		return index < 0 ? Optional.empty() : Optional.of(explain(index));
	}

	/**
	 * Every pair with the decision, explained: the review queue, for instance. Mind the
	 * size for LINK.
	 */
	public List<MatchExplanation> pairs(Decision decision) {
		double[] probability = probabilityByPattern();
		List<MatchExplanation> found = new ArrayList<>();
		for (int i = 0; i < this.patterns.length; i++) {
			if (this.thresholds.decide(probability[this.patterns[i]]) == decision) {
				found.add(explain(i));
			}
		}
		return found;
	}

	public String goldenId(int position) {
		return this.golden.goldenIds()[position];
	}

	public String goldenId(String recordId) {
		Integer position = position(recordId);
		return position == null ? null : goldenId(position);
	}

	/**
	 * The records with the golden ids this resolution gave them, in input order: what the
	 * next run starts from.
	 */
	public List<IdentityRecord> linkedRecords() {
		List<IdentityRecord> linked = new ArrayList<>(this.records.size());
		for (int i = 0; i < this.records.size(); i++) {
			linked.add(this.records.get(i).withGoldenId(goldenId(i)));
		}
		return linked;
	}

	/** Cluster number per record position: equal numbers, same customer. */
	public int[] clusters() {
		return this.cluster.clone();
	}

	public int entityCount() {
		return this.golden.entities();
	}

	/**
	 * Golden ids that earlier runs gave and that now name no customer, each with the
	 * golden id that absorbed it.
	 */
	public Map<String, String> retiredGoldenIds() {
		return this.golden.retired();
	}

	/** Seconds spent per phase (prepare, block, compare, estimate, score, cluster). */
	public Map<String, Double> phaseSeconds() {
		return this.phaseSeconds;
	}

	private double[] probabilityByPattern() {
		double[] probability = new double[ComparisonPattern.COUNT];
		for (int p = 0; p < probability.length; p++) {
			probability[p] = this.model.probability(p);
		}
		return probability;
	}

	private synchronized Integer position(String recordId) {
		if (this.positions == null) {
			this.positions = new HashMap<>(this.records.size() * 2);
			for (int i = 0; i < this.records.size(); i++) {
				this.positions.put(this.records.get(i).recordId(), i);
			}
		}
		return this.positions.get(recordId);
	}

}
