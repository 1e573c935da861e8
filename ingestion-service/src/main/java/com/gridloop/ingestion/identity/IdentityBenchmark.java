package com.gridloop.ingestion.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures identity resolution on records whose truth is known: runs blocking, EM
 * estimation, scoring and clustering, and compares the clusters with the true entities
 * pair by pair.
 */
public final class IdentityBenchmark {

	/**
	 * What one run measured.
	 *
	 * @param seconds wall-clock time of the resolution (normalising to golden ids), not
	 * of the evaluation
	 * @param precision share of the pairs within predicted clusters that are truly one
	 * entity
	 * @param recall share of the true pairs (within entities) that ended in one predicted
	 * cluster
	 * @param linkPairs candidate pairs decided LINK
	 * @param reviewPairs candidate pairs decided REVIEW
	 */
	public record Result(int records, double seconds, double precision, double recall, long truePairs,
			long predictedPairs, long linkPairs, long reviewPairs, long candidatePairs, int entities,
			List<BlockStats> blocks, Resolution resolution) {

		/**
		 * The one-line summary: {@code identity: <records> records in <s> s, precision
		 *
		<p>
		 * , recall <r>}.
		 */
		public String line() {
			return String.format(Locale.ROOT, "identity: %d records in %.1f s, precision %.3f, recall %.3f",
					this.records, this.seconds, this.precision, this.recall);
		}

	}

	/** Pair counts of a clustering against the truth. */
	public record PairwiseScores(long truePairs, long predictedPairs, long correctPairs) {

		public double precision() {
			return this.predictedPairs == 0 ? 1 : (double) this.correctPairs / this.predictedPairs;
		}

		public double recall() {
			return this.truePairs == 0 ? 1 : (double) this.correctPairs / this.truePairs;
		}

	}

	private IdentityBenchmark() {
	}

	/**
	 * @param truth the true entity of each record, by position
	 */
	public static Result run(List<IdentityRecord> records, List<String> truth, IdentityResolver resolver) {
		if (truth.size() != records.size()) {
			throw new IllegalArgumentException("Need one true entity per record");
		}
		long start = System.nanoTime();
		Resolution resolution = resolver.resolve(records);
		double seconds = (System.nanoTime() - start) / 1e9;
		PairwiseScores scores = evaluate(resolution.clusters(), truth);
		return new Result(records.size(), seconds, scores.precision(), scores.recall(), scores.truePairs(),
				scores.predictedPairs(), resolution.count(Decision.LINK), resolution.count(Decision.REVIEW),
				resolution.candidatePairCount(), resolution.entityCount(), resolution.blockStats(), resolution);
	}

	/**
	 * Pairwise comparison of a clustering with the truth: a pair counts as predicted when
	 * both records are in one cluster, as true when both belong to one entity.
	 */
	public static PairwiseScores evaluate(int[] cluster, List<String> truth) {
		int n = cluster.length;
		Map<String, Integer> entityNumbers = new HashMap<>(n * 2);
		int[] entity = new int[n];
		for (int i = 0; i < n; i++) {
			entity[i] = entityNumbers.computeIfAbsent(truth.get(i), key -> entityNumbers.size());
		}
		return new PairwiseScores(pairsWithin(entity, null), pairsWithin(cluster, null), pairsWithin(cluster, entity));
	}

	/** Pairs of positions with equal group (and equal second group, when given). */
	private static long pairsWithin(int[] group, int[] second) {
		long[] keys = new long[group.length];
		for (int i = 0; i < group.length; i++) {
			keys[i] = ((long) group[i] << 32) | (second == null ? 0 : second[i] & 0xFFFFFFFFL);
		}
		Arrays.sort(keys);
		long pairs = 0;
		int run = 1;
		for (int i = 1; i <= keys.length; i++) {
			if (i < keys.length && keys[i] == keys[i - 1]) {
				run++;
			}
			else {
				pairs += (long) run * (run - 1) / 2;
				run = 1;
			}
		}
		return pairs;
	}

}
