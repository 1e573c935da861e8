package com.gridloop.ingestion.identity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Resolves a batch of records into customers: normalises them, proposes candidate pairs
 * by blocking, compares every pair field by field, estimates the model from these very
 * pairs with EM (or uses a configured one), decides every pair against the thresholds,
 * clusters the linked pairs and gives each cluster its golden id. Not thread-safe in
 * itself (one resolution at a time per instance); the work inside runs on the caller and
 * up to {@link Settings#threads()} - 1 helpers of a task executor.
 */
public final class IdentityResolver {

	/**
	 * How to resolve.
	 *
	 * @param maxBlockSize blocks with more records are skipped (and counted)
	 * @param estimate estimate the model from the data with EM, starting from the
	 * configured model's m; if false, score with the configured model as it is
	 * @param randomPairs how many random pairs to draw to learn what pairs outside the
	 * candidates look like (u)
	 * @param maxIterations EM iterations at most
	 * @param seed seed of the random pairs, so that a rerun gives the same model
	 * @param threads threads for normalising and comparing
	 */
	public record Settings(Thresholds thresholds, List<BlockingRule> rules, int maxBlockSize, boolean estimate,
			int randomPairs, int maxIterations, long seed, int threads) {

		public Settings {
			rules = List.copyOf(rules);
			if (maxBlockSize < 2 || randomPairs < 0 || maxIterations < 1 || threads < 1) {
				throw new IllegalArgumentException("Invalid identity resolution settings");
			}
		}

		public static Settings defaults() {
			return new Settings(Thresholds.defaults(), List.of(BlockingRule.values()), 100, true, 1_000_000, 100, 42,
					Math.max(1, Runtime.getRuntime().availableProcessors()));
		}

		public Settings withEstimate(boolean estimate) {
			return new Settings(this.thresholds, this.rules, this.maxBlockSize, estimate, this.randomPairs,
					this.maxIterations, this.seed, this.threads);
		}

		public Settings withThresholds(Thresholds thresholds) {
			return new Settings(thresholds, this.rules, this.maxBlockSize, this.estimate, this.randomPairs,
					this.maxIterations, this.seed, this.threads);
		}

		public Settings withMaxBlockSize(int maxBlockSize) {
			return new Settings(this.thresholds, this.rules, maxBlockSize, this.estimate, this.randomPairs,
					this.maxIterations, this.seed, this.threads);
		}

		public Settings withThreads(int threads) {
			return new Settings(this.thresholds, this.rules, this.maxBlockSize, this.estimate, this.randomPairs,
					this.maxIterations, this.seed, threads);
		}

	}

	// EM stops when no level's weight moves by more than this many bits.
	private static final double EM_TOLERANCE = 1e-3;

	private static final int CHUNKS = 64;

	private final Settings settings;

	private final FellegiSunterModel configured;

	private final Parallel parallel;

	/**
	 * @param configured the model to score with when not estimating, and EM's starting m
	 * otherwise
	 */
	public IdentityResolver(Settings settings, FellegiSunterModel configured, AsyncTaskExecutor helpers) {
		this.settings = settings;
		this.configured = configured;
		this.parallel = new Parallel(helpers, settings.threads());
	}

	/** Helpers on threads of their own, for use outside a Spring context. */
	public IdentityResolver(Settings settings, FellegiSunterModel configured) {
		this(settings, configured, Parallel.OWN_THREADS);
	}

	public IdentityResolver() {
		this(Settings.defaults(), FellegiSunterModel.defaults());
	}

	/**
	 * @param records oldest first, which decides who keeps a golden id when customers
	 * merge; record ids unique
	 */
	public Resolution resolve(List<IdentityRecord> records) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		long t = System.nanoTime();
		requireUniqueIds(records);
		PreparedRecord[] prepared = prepare(records);
		t = lap(seconds, "prepare", t);

		CandidatePairs candidates = new Blocker(this.settings.rules(), this.settings.maxBlockSize())
			.candidates(Arrays.asList(prepared));
		t = lap(seconds, "block", t);

		short[] patterns = compare(prepared, candidates.pairs());
		double[] counts = new double[ComparisonPattern.COUNT];
		for (short pattern : patterns) {
			counts[pattern]++;
		}
		t = lap(seconds, "compare", t);

		FellegiSunterModel model = this.configured;
		ExpectationMaximisation.Result estimation = null;
		if (this.settings.estimate() && candidates.size() > 0) {
			estimation = estimate(prepared, candidates, counts);
			model = estimation.model();
		}
		t = lap(seconds, "estimate", t);

		UnionFind clusters = new UnionFind(prepared.length);
		for (int i = 0; i < prepared.length; i++) {
			clusters.add();
		}
		boolean[] link = new boolean[ComparisonPattern.COUNT];
		for (int p = 0; p < link.length; p++) {
			link[p] = this.settings.thresholds().decide(model.probability(p)) == Decision.LINK;
		}
		long[] pairs = candidates.pairs();
		for (int i = 0; i < pairs.length; i++) {
			if (link[patterns[i]]) {
				clusters.union(CandidatePairs.left(pairs[i]), CandidatePairs.right(pairs[i]));
			}
		}
		t = lap(seconds, "score", t);

		int[] cluster = new int[prepared.length];
		for (int i = 0; i < cluster.length; i++) {
			cluster[i] = clusters.find(i);
		}
		GoldenIds.Assignment golden = GoldenIds.assign(records, cluster);
		lap(seconds, "cluster", t);
		return new Resolution(List.copyOf(records), model, estimation, this.settings.thresholds(), candidates, patterns,
				cluster, golden, seconds);
	}

	private PreparedRecord[] prepare(List<IdentityRecord> records) {
		PreparedRecord[] prepared = new PreparedRecord[records.size()];
		this.parallel.forChunks(CHUNKS, chunk -> {
			int[] range = Parallel.range(prepared.length, CHUNKS, chunk);
			for (int i = range[0]; i < range[1]; i++) {
				prepared[i] = PreparedRecord.of(records.get(i));
			}
		});
		return prepared;
	}

	private short[] compare(PreparedRecord[] prepared, long[] pairs) {
		short[] patterns = new short[pairs.length];
		this.parallel.forChunks(CHUNKS, chunk -> {
			int[] range = Parallel.range(pairs.length, CHUNKS, chunk);
			for (int i = range[0]; i < range[1]; i++) {
				patterns[i] = (short) ComparisonPattern.of(prepared[CandidatePairs.left(pairs[i])],
						prepared[CandidatePairs.right(pairs[i])]);
			}
		});
		return patterns;
	}

	/**
	 * EM over the candidate pairs plus the pairs blocking left out (as non-matches, their
	 * patterns from a random sample scaled to their number); u starts from the random
	 * pairs, m from the configured model.
	 */
	private ExpectationMaximisation.Result estimate(PreparedRecord[] prepared, CandidatePairs candidates,
			double[] candidateCounts) {
		int n = prepared.length;
		double allPairs = (double) n * (n - 1) / 2;
		double outside = allPairs - candidates.size();
		double[] sample = outside > 0 ? sampleOutside(prepared, candidates, allPairs)
				: new double[ComparisonPattern.COUNT];
		double sampled = Arrays.stream(sample).sum();
		double[] scaled = new double[sample.length];
		if (sampled > 0) {
			for (int p = 0; p < sample.length; p++) {
				scaled[p] = sample[p] * outside / sampled;
			}
		}
		// A third of the candidates being matches is a neutral start; EM moves it where
		// the data says.
		double startLambda = candidates.size() / 3.0 / allPairs;
		FellegiSunterModel start = ExpectationMaximisation.startingPoint(this.configured,
				sampled > 0 ? sample : candidateCounts, startLambda);
		return new ExpectationMaximisation(this.settings.maxIterations(), EM_TOLERANCE).estimate(candidateCounts,
				scaled, start);
	}

	/**
	 * Pattern counts of pairs that are not candidates: all of them when few, else a
	 * random sample.
	 */
	private double[] sampleOutside(PreparedRecord[] prepared, CandidatePairs candidates, double allPairs) {
		int n = prepared.length;
		double[] counts = new double[ComparisonPattern.COUNT];
		if (allPairs <= this.settings.randomPairs()) {
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					if (!candidates.contains(a, b)) {
						counts[ComparisonPattern.of(prepared[a], prepared[b])]++;
					}
				}
			}
			return counts;
		}
		double[][] chunkCounts = new double[CHUNKS][];
		this.parallel.forChunks(CHUNKS, chunk -> {
			double[] local = new double[ComparisonPattern.COUNT];
			SplittableRandom rng = new SplittableRandom(this.settings.seed() * 31 + chunk);
			int[] range = Parallel.range(this.settings.randomPairs(), CHUNKS, chunk);
			for (int k = range[0]; k < range[1]; k++) {
				int a = rng.nextInt(n);
				int b = rng.nextInt(n - 1);
				if (b >= a) {
					b++;
				}
				if (!candidates.contains(a, b)) {
					local[ComparisonPattern.of(prepared[a], prepared[b])]++;
				}
			}
			chunkCounts[chunk] = local;
		});
		for (double[] local : chunkCounts) {
			for (int p = 0; p < counts.length; p++) {
				counts[p] += local[p];
			}
		}
		return counts;
	}

	private static void requireUniqueIds(List<IdentityRecord> records) {
		Set<String> ids = new HashSet<>(records.size() * 2);
		for (IdentityRecord r : records) {
			if (!ids.add(r.recordId())) {
				throw new IllegalArgumentException("Record id given twice: " + r.recordId());
			}
		}
	}

	private static long lap(Map<String, Double> seconds, String phase, long since) {
		long now = System.nanoTime();
		seconds.put(phase, (now - since) / 1e9);
		return now;
	}

}
