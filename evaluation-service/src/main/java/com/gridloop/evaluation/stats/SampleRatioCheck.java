package com.gridloop.evaluation.stats;

import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * Sample-ratio mismatch: whether the observed split between arms is plausible under the
 * planned control share. A tiny p-value means the assignment or the data flow is broken
 * and the effect must not be trusted.
 *
 * @param mismatch true when the p-value is below the threshold
 */
public record SampleRatioCheck(long treatment, long control, double expectedControlShare, double pValue,
		boolean mismatch) {

	/**
	 * Conventional threshold: a real split fails it about once in a thousand campaigns.
	 */
	public static final double THRESHOLD = 0.001;

	public static SampleRatioCheck of(long treatment, long control, double expectedControlShare) {
		long n = treatment + control;
		if (n == 0 || expectedControlShare <= 0 || expectedControlShare >= 1) {
			return new SampleRatioCheck(treatment, control, expectedControlShare, 1.0, false);
		}
		double[] expected = { n * (1 - expectedControlShare), n * expectedControlShare };
		double p = ChiSquareTest.withDefaults().test(expected, new long[] { treatment, control }).getPValue();
		return new SampleRatioCheck(treatment, control, expectedControlShare, p, p < THRESHOLD);
	}

}
