package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Chooses a penalty and a bound on scaled values from grids by log-loss on a validation
 * fold inside the training window: the latest times that hold at least a fifth of the
 * rows (the model is used on the future, so it is tuned on the training window's own
 * future), or, without times, a fixed-seed fifth of the rows. Both sides of the fold need
 * both outcomes; when no such fold exists the middle of each grid is taken.
 */
final class PenaltySelection {

	/** Share of the training rows the validation fold aims at. */
	static final double VALIDATION_SHARE = 0.2;

	private static final long SEED = 20_260_401L;

	/** Fits a model with a penalty and a bound on some rows. */
	interface Fitter {

		RiskModel fit(double[][] x, boolean[] y, double lambda, double clip);

	}

	/**
	 * @param lambda the penalty chosen
	 * @param clip the bound chosen
	 * @param logLoss mean validation log-loss of each setting tried
	 * ("lambda=1.0,clip=5.0"), in grid order (empty when none was tried)
	 * @param fold how the validation rows were chosen, e.g. "t7..8" or "random 20%", or
	 * why there were none
	 * @param validationRows rows in the validation fold
	 */
	record Choice(double lambda, double clip, Map<String, Double> logLoss, String fold, int validationRows) {
	}

	private PenaltySelection() {
	}

	/**
	 * @param time time of each row, or null to hold out a random fold
	 */
	static Choice choose(double[] lambdas, double[] clips, double[][] x, boolean[] y, long[] time, Fitter fitter) {
		double fallback = lambdas[lambdas.length / 2];
		double fallbackClip = clips[clips.length / 2];
		if (lambdas.length == 1 && clips.length == 1) {
			return new Choice(fallback, fallbackClip, Map.of(), "fixed", 0);
		}
		String fold = null;
		boolean[] validation = time == null ? null : latestTimes(time);
		if (validation != null && usable(validation, y)) {
			fold = "t" + firstValidationTime(validation, time) + ".." + Arrays.stream(time).max().getAsLong();
		}
		else {
			validation = randomFold(y.length);
			fold = usable(validation, y) ? "random " + Math.round(100 * VALIDATION_SHARE) + "%" : null;
		}
		if (fold == null) {
			return new Choice(fallback, fallbackClip, Map.of(), "none: too few rows of each outcome", 0);
		}
		List<double[]> trainX = new ArrayList<>(), validX = new ArrayList<>();
		List<Boolean> trainY = new ArrayList<>(), validY = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			(validation[i] ? validX : trainX).add(x[i]);
			(validation[i] ? validY : trainY).add(y[i]);
		}
		double[][] tx = trainX.toArray(double[][]::new);
		boolean[] ty = booleans(trainY);
		Map<String, Double> losses = new LinkedHashMap<>();
		double best = fallback, bestClip = fallbackClip, bestLoss = Double.POSITIVE_INFINITY;
		for (double clip : clips) {
			for (double lambda : lambdas) {
				RiskModel model = fitter.fit(tx, ty, lambda, clip);
				double loss = 0;
				for (int i = 0; i < validX.size(); i++) {
					double p = Math.min(1 - 1e-15, Math.max(1e-15, model.score(validX.get(i))));
					loss -= validY.get(i) ? Math.log(p) : Math.log(1 - p);
				}
				loss /= validX.size();
				losses.put("lambda=" + lambda + ",clip=" + clip, loss);
				// A tie goes to the tighter bound, then to the larger penalty: as good,
				// and steadier.
				if (loss < bestLoss || (loss == bestLoss && clip == bestClip)) {
					best = lambda;
					bestClip = clip;
					bestLoss = loss;
				}
			}
		}
		return new Choice(best, bestClip, losses, fold, validX.size());
	}

	/**
	 * Rows of the latest distinct times that together hold at least the validation share,
	 * leaving some to train.
	 */
	private static boolean[] latestTimes(long[] time) {
		TreeSet<Long> times = new TreeSet<>();
		for (long t : time) {
			times.add(t);
		}
		if (times.size() < 2) {
			return null;
		}
		Map<Long, Integer> counts = new LinkedHashMap<>();
		for (long t : time) {
			counts.merge(t, 1, Integer::sum);
		}
		long cutoff = times.last();
		int held = 0;
		for (long t : times.descendingSet()) {
			if (t == times.first()) {
				break;
			}
			cutoff = t;
			held += counts.get(t);
			if (held >= VALIDATION_SHARE * time.length) {
				break;
			}
		}
		boolean[] out = new boolean[time.length];
		for (int i = 0; i < time.length; i++) {
			out[i] = time[i] >= cutoff;
		}
		return out;
	}

	private static long firstValidationTime(boolean[] validation, long[] time) {
		long first = Long.MAX_VALUE;
		for (int i = 0; i < time.length; i++) {
			if (validation[i]) {
				first = Math.min(first, time[i]);
			}
		}
		return first;
	}

	private static boolean[] randomFold(int n) {
		SplittableRandom rng = new SplittableRandom(SEED);
		boolean[] out = new boolean[n];
		for (int i = 0; i < n; i++) {
			out[i] = rng.nextDouble() < VALIDATION_SHARE;
		}
		return out;
	}

	/** Both sides hold both outcomes. */
	private static boolean usable(boolean[] validation, boolean[] y) {
		boolean[][] seen = new boolean[2][2];
		for (int i = 0; i < y.length; i++) {
			seen[validation[i] ? 1 : 0][y[i] ? 1 : 0] = true;
		}
		return seen[0][0] && seen[0][1] && seen[1][0] && seen[1][1];
	}

	private static boolean[] booleans(List<Boolean> v) {
		boolean[] out = new boolean[v.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = v.get(i);
		}
		return out;
	}

}
