package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates m, u and λ of a {@link FellegiSunterModel} from unlabelled pairs by
 * expectation-maximisation, working on counts of comparison patterns rather than on
 * pairs, so that an iteration costs the same for a thousand pairs or a billion.
 * <p>
 * The pairs are the candidate pairs of blocking, whose match status is unknown, and
 * optionally the pairs blocking left out (estimated from a random sample and scaled to
 * their number), which are taken as non-matches. Counting the latter makes u and λ refer
 * to all pairs of records, as λ is defined, rather than to the candidates, among which
 * blocking has made agreement on the blocked fields common.
 */
public final class ExpectationMaximisation {

	/**
	 * What the estimation found.
	 *
	 * @param expectedMatches sum of the match probabilities of the candidate pairs
	 */
	public record Result(FellegiSunterModel model, int iterations, boolean converged, double expectedMatches) {
	}

	private static final IdentityField[] FIELDS = IdentityField.values();

	private static final int LEVELS = Level.values().length;

	private static final int MISSING = Level.MISSING.ordinal();

	// A fraction of a pair per level keeps every m and u above zero, so no weight becomes
	// infinite.
	private static final double PSEUDO_COUNT = 0.5;

	private final int maxIterations;

	private final double tolerance;

	/**
	 * @param tolerance largest change of any level's weight (in bits) between iterations
	 * to call it converged
	 */
	public ExpectationMaximisation(int maxIterations, double tolerance) {
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
	}

	/**
	 * @param candidateCounts number of candidate pairs per pattern (index:
	 * {@link ComparisonPattern})
	 * @param nonCandidateCounts expected number of pairs outside the candidates per
	 * pattern; all zeros to estimate over the candidates alone
	 * @param start starting parameters
	 */
	public Result estimate(double[] candidateCounts, double[] nonCandidateCounts, FellegiSunterModel start) {
		int[] active = activePatterns(candidateCounts);
		double[][] mNum = new double[FIELDS.length][LEVELS];
		double[][] uNum = new double[FIELDS.length][LEVELS];
		double[][] uFixed = new double[FIELDS.length][LEVELS];
		double total = 0;
		for (int pattern : active) {
			total += candidateCounts[pattern];
		}
		for (int pattern : activePatterns(nonCandidateCounts)) {
			total += nonCandidateCounts[pattern];
			addToLevels(uFixed, pattern, nonCandidateCounts[pattern]);
		}
		FellegiSunterModel model = start;
		double expected = 0;
		for (int iteration = 1; iteration <= this.maxIterations; iteration++) {
			for (int f = 0; f < FIELDS.length; f++) {
				System.arraycopy(uFixed[f], 0, uNum[f], 0, LEVELS);
				Arrays.fill(mNum[f], 0);
			}
			expected = 0;
			for (int pattern : active) {
				double count = candidateCounts[pattern];
				double w = model.probability(pattern);
				expected += count * w;
				addToLevels(mNum, pattern, count * w);
				addToLevels(uNum, pattern, count * (1 - w));
			}
			double lambda = clamp(expected / total);
			FellegiSunterModel next = new FellegiSunterModel(lambda, parameters(mNum, uNum));
			boolean converged = largestChange(model, next) < this.tolerance;
			model = next;
			if (converged) {
				return new Result(model, iteration, true, expected);
			}
		}
		return new Result(model, this.maxIterations, false, expected);
	}

	/**
	 * A starting model: m from {@code prior}, u from the patterns of pairs drawn at
	 * random (nearly all of them non-matches), λ as given.
	 */
	public static FellegiSunterModel startingPoint(FellegiSunterModel prior, double[] randomPairCounts, double lambda) {
		double[][] uNum = new double[FIELDS.length][LEVELS];
		for (int pattern : activePatterns(randomPairCounts)) {
			addToLevels(uNum, pattern, randomPairCounts[pattern]);
		}
		List<FellegiSunterModel.LevelParameters> p = new ArrayList<>();
		for (IdentityField field : FIELDS) {
			double sum = 0;
			for (Level level : field.levels()) {
				sum += uNum[field.ordinal()][level.ordinal()] + PSEUDO_COUNT;
			}
			for (Level level : field.levels()) {
				double u = (uNum[field.ordinal()][level.ordinal()] + PSEUDO_COUNT) / sum;
				p.add(new FellegiSunterModel.LevelParameters(field, level, prior.m(field, level), u));
			}
		}
		return new FellegiSunterModel(clamp(lambda), p);
	}

	private static List<FellegiSunterModel.LevelParameters> parameters(double[][] mNum, double[][] uNum) {
		List<FellegiSunterModel.LevelParameters> p = new ArrayList<>();
		for (IdentityField field : FIELDS) {
			int f = field.ordinal();
			double mSum = 0;
			double uSum = 0;
			for (Level level : field.levels()) {
				mSum += mNum[f][level.ordinal()] + PSEUDO_COUNT;
				uSum += uNum[f][level.ordinal()] + PSEUDO_COUNT;
			}
			for (Level level : field.levels()) {
				int l = level.ordinal();
				p.add(new FellegiSunterModel.LevelParameters(field, level, (mNum[f][l] + PSEUDO_COUNT) / mSum,
						(uNum[f][l] + PSEUDO_COUNT) / uSum));
			}
		}
		return p;
	}

	private static void addToLevels(double[][] sums, int pattern, double amount) {
		int p = pattern;
		for (int f = 0; f < FIELDS.length; f++) {
			int level = p % LEVELS;
			if (level != MISSING) {
				sums[f][level] += amount;
			}
			p /= LEVELS;
		}
	}

	private static double largestChange(FellegiSunterModel before, FellegiSunterModel after) {
		double change = Math.abs(after.priorWeight() - before.priorWeight());
		for (IdentityField field : FIELDS) {
			for (Level level : field.levels()) {
				change = Math.max(change, Math.abs(after.weight(field, level) - before.weight(field, level)));
				change = Math.max(change, Math.abs(after.m(field, level) - before.m(field, level)) * 100);
			}
		}
		return change;
	}

	private static int[] activePatterns(double[] counts) {
		int n = 0;
		for (double c : counts) {
			if (c > 0) {
				n++;
			}
		}
		int[] active = new int[n];
		int i = 0;
		for (int pattern = 0; pattern < counts.length; pattern++) {
			if (counts[pattern] > 0) {
				active[i++] = pattern;
			}
		}
		return active;
	}

	private static double clamp(double lambda) {
		return Math.min(1 - 1e-12, Math.max(1e-15, lambda));
	}

}
