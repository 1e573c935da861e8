package com.gridloop.common.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Power of the two-sided two-sample test of proportions at launch, by the normal
 * approximation with unpooled variances: power at n customers for an absolute uplift
 * {@code mde} over the baseline rate, and the smallest uplift detectable with 80 % power
 * at that n. In {@code common} because two services quote it: evaluation's
 * {@code GET /api/v1/evaluation/power} and strategy's campaign draft (ADR 22).
 *
 * @param baseline control conversion rate expected
 * @param mde absolute uplift to detect (treatment rate minus baseline)
 * @param controlShare share of the n customers held in control
 * @param n customers in both arms together
 * @param alpha two-sided significance level
 * @param power probability of a significant result if the uplift is {@code mde}
 * @param mdeAt80 smallest positive absolute uplift detected with 80 % power at n
 */
public record PowerAnalysis(double baseline, double mde, double controlShare, long n, double alpha, double power,
		double mdeAt80) {

	/** Power at which the minimum detectable effect is quoted. */
	public static final double TARGET_POWER = 0.8;

	private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

	public static PowerAnalysis of(double baseline, double mde, double controlShare, long n, double alpha) {
		check(baseline > 0 && baseline < 1, "baseline must be a rate strictly between 0 and 1");
		check(mde != 0 && baseline + mde > 0 && baseline + mde < 1,
				"mde must be non-zero and keep baseline + mde strictly between 0 and 1");
		check(controlShare > 0 && controlShare < 1, "control_share must be strictly between 0 and 1");
		check(alpha > 0 && alpha < 1, "alpha must be strictly between 0 and 1");
		double nC = n * controlShare;
		double nT = n - nC;
		check(nC >= 1 && nT >= 1, "n must leave at least one customer in each arm");
		double zAlpha = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
		return new PowerAnalysis(baseline, mde, controlShare, n, alpha, power(baseline, mde, nT, nC, zAlpha),
				mdeAt(baseline, nT, nC, zAlpha, NORMAL.inverseCumulativeProbability(TARGET_POWER)));
	}

	private static double power(double p0, double d, double nT, double nC, double zAlpha) {
		double shift = Math.abs(d) / se(p0, d, nT, nC);
		return NORMAL.cumulativeProbability(shift - zAlpha) + NORMAL.cumulativeProbability(-shift - zAlpha);
	}

	/**
	 * Solves {@code d = (z_α/2 + z_β) se(d)} for d > 0 by bisection; NaN when even the
	 * largest uplift possible is not detectable.
	 */
	private static double mdeAt(double p0, double nT, double nC, double zAlpha, double zBeta) {
		double low = 0;
		double high = 1 - p0 - 1e-12;
		if (high - (zAlpha + zBeta) * se(p0, high, nT, nC) < 0) {
			return Double.NaN;
		}
		for (int i = 0; i < 100; i++) {
			double mid = (low + high) / 2;
			if (mid - (zAlpha + zBeta) * se(p0, mid, nT, nC) < 0) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return high;
	}

	private static double se(double p0, double d, double nT, double nC) {
		double p1 = p0 + d;
		return Math.sqrt(p1 * (1 - p1) / nT + p0 * (1 - p0) / nC);
	}

	private static void check(boolean ok, String message) {
		if (!ok) {
			throw new IllegalArgumentException(message);
		}
	}

}
