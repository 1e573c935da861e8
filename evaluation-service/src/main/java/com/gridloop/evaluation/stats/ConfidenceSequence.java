package com.gridloop.evaluation.stats;

/**
 * An always-valid interval for a difference of means or rates: the mixture sequential
 * probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh ("Always valid
 * inference", Operations Research 2022) with a normal mixing distribution N(0, τ²) on the
 * effect, inverted into a confidence sequence. With V the squared standard error of the
 * estimate at the moment of looking, the interval is
 * {@code estimate ± √( V (V + τ²) / τ² · (2 ln(1/α) + ln((V + τ²) / V)) )}; it holds
 * simultaneously at every look with probability at least 1 - α, so results may be watched
 * daily without inflating false positives. It is the two-sided normal-mixture boundary of
 * Howard et al. (2021) written for an estimate and its variance; with V estimated from
 * the data the guarantee is asymptotic. τ is fixed before the data (see {@link #TAU}) and
 * only changes the width, not the validity.
 *
 * @param tau mixing standard deviation, on the scale of the effect
 */
public record ConfidenceSequence(double estimate, double standardError, double tau, double alpha, double ciLow,
		double ciHigh) {

	/** Name of the method, as reported beside the interval. */
	public static final String METHOD = "mSPRT normal mixture (Johari et al. 2022)";

	/**
	 * Mixing scale for conversion uplifts: effects of a few percentage points are the
	 * ones campaigns look for, and the interval is tightest when τ is near them.
	 */
	public static final double TAU = 0.02;

	public static ConfidenceSequence of(double estimate, double standardError, double tau, double alpha) {
		if (!(tau > 0) || !(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("tau must be positive and alpha strictly between 0 and 1");
		}
		double v = standardError * standardError;
		if (v == 0) {
			return new ConfidenceSequence(estimate, 0, tau, alpha, estimate, estimate);
		}
		double t2 = tau * tau;
		double half = Math.sqrt(v * (v + t2) / t2 * (2 * Math.log(1 / alpha) + Math.log((v + t2) / v)));
		return new ConfidenceSequence(estimate, standardError, tau, alpha, estimate - half, estimate + half);
	}

	/**
	 * For the difference of two rates, with the unpooled standard error of the observed
	 * rates.
	 */
	public static ConfidenceSequence ofRates(long nT, long xT, long nC, long xC, double tau, double alpha) {
		double pT = (double) xT / nT;
		double pC = (double) xC / nC;
		double se = Math.sqrt(pT * (1 - pT) / nT + pC * (1 - pC) / nC);
		return of(pT - pC, se, tau, alpha);
	}

	public boolean excludes(double value) {
		return value < this.ciLow || value > this.ciHigh;
	}

}
