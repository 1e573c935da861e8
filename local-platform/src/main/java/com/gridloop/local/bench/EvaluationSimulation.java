package com.gridloop.local.bench;

import java.util.SplittableRandom;

import com.gridloop.evaluation.stats.ConfidenceSequence;
import com.gridloop.evaluation.stats.Moments;
import com.gridloop.evaluation.stats.PrePostComparison;
import com.gridloop.evaluation.stats.ProportionComparison;

/**
 * One simulated campaign for {@code ./gridloop bench evaluation}, run through the
 * evaluation service's own calculation classes: a conversion test with a planted uplift
 * (zero for a third of campaigns), its A/A twin, a peak-load test with a planted shift
 * for converted treatment customers, an A/A load test, and an A/A conversion test watched
 * every day for four weeks.
 */
final class EvaluationSimulation {

	/** Days in each of the pre- and post-period. */
	static final int DAYS = 28;

	private static final double CONFIDENCE = 0.95;

	/**
	 * What one campaign showed.
	 *
	 * @param covered how many of the three intervals (conversion,
	 * difference-in-differences, CUPED) covered their planted effect
	 * @param aaFalsePositives how many of the two A/A tests (conversion, CUPED load) were
	 * significant
	 * @param sequentialFalsePositive whether the always-valid interval of the watched A/A
	 * test excluded zero on any day
	 * @param naiveFalsePositive whether the fixed 95 % interval did on any day
	 * @param preCorrelation correlation of customers' pre- and post-period load in
	 * control
	 */
	record Outcome(int covered, int aaFalsePositives, boolean sequentialFalsePositive, boolean naiveFalsePositive,
			double cupedVarianceReduction, double preCorrelation, boolean zeroEffect) {
	}

	private EvaluationSimulation() {
	}

	static Outcome run(long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		int n = 2_000 + r.nextInt(18_001);
		double controlShare = new double[] { 0.1, 0.2, 0.3, 0.5 }[r.nextInt(4)];
		double base = 0.01 + 0.19 * r.nextDouble();
		boolean zero = r.nextInt(3) == 0;
		double uplift = zero ? 0 : base * (0.05 + 0.45 * r.nextDouble());
		double shiftPerConverter = zero ? 0 : 0.3 + 1.2 * r.nextDouble();

		// Conversion with the planted uplift, and its A/A twin.
		int nC = binomial(r, n, controlShare);
		int nT = n - nC;
		int xT = binomial(r, nT, base + uplift);
		int xC = binomial(r, nC, base);
		int covered = ProportionComparison.of(nT, xT, nC, xC, CONFIDENCE).ciLow() <= uplift
				&& uplift <= ProportionComparison.of(nT, xT, nC, xC, CONFIDENCE).ciHigh() ? 1 : 0;
		ProportionComparison aa = ProportionComparison.of(nT, binomial(r, nT, base), nC, binomial(r, nC, base),
				CONFIDENCE);
		int aaHits = aa.ciLow() > 0 || aa.ciHigh() < 0 ? 1 : 0;

		// Peak load of a sample of the customers: converted treatment customers move
		// shiftPerConverter kWh a day out of the peak, so the intention-to-treat effect
		// is -(base + uplift) · shiftPerConverter.
		int loadN = Math.min(n, 4_000);
		int loadC = Math.max(2, (int) Math.round(loadN * controlShare));
		int loadT = loadN - loadC;
		double[][] t = load(r, loadT, base + uplift, shiftPerConverter);
		double[][] c = load(r, loadC, base, 0);
		double planted = -(base + uplift) * shiftPerConverter;
		PrePostComparison shift = PrePostComparison.of(t[0], t[1], c[0], c[1], CONFIDENCE);
		covered += shift.differenceInDifferences().covers(planted) ? 1 : 0;
		covered += shift.cuped().covers(planted) ? 1 : 0;
		double[][] aaT = load(r, loadT, base, 0);
		PrePostComparison aaShift = PrePostComparison.of(aaT[0], aaT[1], c[0], c[1], CONFIDENCE);
		aaHits += aaShift.cuped().covers(0) ? 0 : 1;

		boolean[] peeking = watchDaily(r, n, controlShare, base);
		return new Outcome(covered, aaHits, peeking[0], peeking[1], shift.varianceReduction(), correlation(c[0], c[1]),
				zero);
	}

	/**
	 * Pre- and post-period mean daily peak kWh per customer: a level per customer
	 * (lognormal around 4 kWh), a drift of the level between the periods, and day-to-day
	 * noise, tuned so the periods correlate at about 0.7.
	 */
	private static double[][] load(SplittableRandom r, int customers, double conversion, double shift) {
		double[] pre = new double[customers];
		double[] post = new double[customers];
		for (int i = 0; i < customers; i++) {
			double level = 4 * Math.exp(0.35 * r.nextGaussian());
			double drifted = level * Math.exp(0.27 * r.nextGaussian());
			boolean converted = r.nextDouble() < conversion;
			double a = 0;
			double b = 0;
			for (int d = 0; d < DAYS; d++) {
				a += Math.max(0, level + 3 * r.nextGaussian());
				b += Math.max(0, drifted + 3 * r.nextGaussian());
			}
			pre[i] = a / DAYS;
			post[i] = b / DAYS - (converted ? shift : 0);
		}
		return new double[][] { pre, post };
	}

	/**
	 * An A/A campaign whose customers arrive evenly over four weeks, looked at every day:
	 * whether the always-valid interval, and whether the fixed interval, ever excluded 0.
	 */
	private static boolean[] watchDaily(SplittableRandom r, int n, double controlShare, double base) {
		long nT = 0, xT = 0, nC = 0, xC = 0;
		boolean sequential = false, naive = false;
		for (int day = 0; day < DAYS; day++) {
			int arriving = n / DAYS;
			int control = binomial(r, arriving, controlShare);
			nC += control;
			nT += arriving - control;
			xC += binomial(r, control, base);
			xT += binomial(r, arriving - control, base);
			if (nT > 0 && nC > 0) {
				sequential |= ConfidenceSequence.ofRates(nT, xT, nC, xC, ConfidenceSequence.TAU, 1 - CONFIDENCE)
					.excludes(0);
				ProportionComparison fixed = ProportionComparison.of(nT, xT, nC, xC, CONFIDENCE);
				naive |= fixed.ciLow() > 0 || fixed.ciHigh() < 0;
			}
		}
		return new boolean[] { sequential, naive };
	}

	private static int binomial(SplittableRandom r, int n, double p) {
		int x = 0;
		for (int i = 0; i < n; i++) {
			x += r.nextDouble() < p ? 1 : 0;
		}
		return x;
	}

	private static double correlation(double[] x, double[] y) {
		return Moments.covariance(x, y) / Math.sqrt(Moments.of(x).variance() * Moments.of(y).variance());
	}

}
