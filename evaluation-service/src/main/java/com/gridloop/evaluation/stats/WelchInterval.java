package com.gridloop.evaluation.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Treatment against control on a numeric outcome: the difference of means with Welch's
 * interval (unequal variances, Welch-Satterthwaite degrees of freedom) and the two-sided
 * p-value of Welch's t-test, both from Commons Statistics.
 *
 * @param standardError √(s²_t/n_t + s²_c/n_c)
 * @param degreesOfFreedom Welch-Satterthwaite degrees of freedom
 */
public record WelchInterval(long treatmentN, double treatmentMean, long controlN, double controlMean, double difference,
		double standardError, double degreesOfFreedom, double ciLow, double ciHigh, double pValue, double confidence) {

	private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

	public static WelchInterval of(double[] treatment, double[] control, double confidence) {
		return of(Moments.of(treatment), Moments.of(control), confidence);
	}

	/** From summaries; each arm needs at least two values. */
	public static WelchInterval of(Moments t, Moments c, double confidence) {
		if (t.n() < 2 || c.n() < 2) {
			throw new IllegalArgumentException("Each arm needs at least two values");
		}
		double d = t.mean() - c.mean();
		double se = Math.sqrt(t.variance() / t.n() + c.variance() / c.n());
		if (se == 0) {
			return new WelchInterval(t.n(), t.mean(), c.n(), c.mean(), d, 0, t.n() + c.n() - 2, d, d, d == 0 ? 1 : 0,
					confidence);
		}
		TTest.Result test = WELCH.test(t.mean(), t.variance(), t.n(), c.mean(), c.variance(), c.n());
		double df = test.getDegreesOfFreedom();
		double q = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
		return new WelchInterval(t.n(), t.mean(), c.n(), c.mean(), d, se, df, d - q * se, d + q * se, test.getPValue(),
				confidence);
	}

	/** Whether the interval contains the value. */
	public boolean covers(double value) {
		return this.ciLow <= value && value <= this.ciHigh;
	}

}
