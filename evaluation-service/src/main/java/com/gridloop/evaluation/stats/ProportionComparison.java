package com.gridloop.evaluation.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Treatment against control on a yes/no outcome: the difference of rates with Newcombe's
 * hybrid score interval (method 10 of Newcombe 1998, built from Wilson intervals, sound
 * for small counts and rates near zero) and the two-sided p-value of the pooled z-test.
 */
public record ProportionComparison(long treatmentN, long treatmentYes, long controlN, long controlYes,
		double treatmentRate, double controlRate, double difference, double ciLow, double ciHigh, double pValue,
		double confidence) {

	private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

	public static ProportionComparison of(long nT, long xT, long nC, long xC, double confidence) {
		if (nT <= 0 || nC <= 0) {
			throw new IllegalArgumentException("Both arms need at least one unit");
		}
		double z = NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
		double pT = (double) xT / nT;
		double pC = (double) xC / nC;
		double[] wT = wilson(xT, nT, z);
		double[] wC = wilson(xC, nC, z);
		double d = pT - pC;
		double low = d - Math.sqrt(sq(pT - wT[0]) + sq(wC[1] - pC));
		double high = d + Math.sqrt(sq(wT[1] - pT) + sq(pC - wC[0]));
		double pooled = (double) (xT + xC) / (nT + nC);
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / nT + 1.0 / nC));
		double p = se == 0 ? 1.0 : 2 * NORMAL.survivalProbability(Math.abs(d) / se);
		return new ProportionComparison(nT, xT, nC, xC, pT, pC, d, low, high, p, confidence);
	}

	/** Wilson score interval of x successes in n. */
	static double[] wilson(long x, long n, double z) {
		double p = (double) x / n;
		double z2 = z * z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
		return new double[] { centre - half, centre + half };
	}

	private static double sq(double v) {
		return v * v;
	}

}
