package com.gridloop.evaluation.stats;

/**
 * Treatment against control on a metric measured per customer before and after launch
 * (peak kWh per day, peak share): the post-period difference alone, the
 * difference-in-differences (each customer's change, post minus pre) and the CUPED
 * difference (Deng et al. 2013: post minus θ times the centred pre-period value, θ the
 * pooled covariance of pre and post over the variance of pre), each with Welch's
 * interval.
 *
 * @param theta CUPED coefficient, cov(pre, post) / var(pre) over both arms
 * @param varianceReduction 1 - var(CUPED-adjusted) / var(post), over both arms: the share
 * of the post-period variance the pre-period explains
 */
public record PrePostComparison(WelchInterval post, WelchInterval differenceInDifferences, WelchInterval cuped,
		double theta, double varianceReduction) {

	/**
	 * @param preT per treatment customer, the pre-period value; same order as postT
	 * @param postT per treatment customer, the post-period value
	 */
	public static PrePostComparison of(double[] preT, double[] postT, double[] preC, double[] postC,
			double confidence) {
		if (preT.length != postT.length || preC.length != postC.length) {
			throw new IllegalArgumentException("Pre and post values must pair up per customer");
		}
		double[] pre = concat(preT, preC);
		double[] post = concat(postT, postC);
		double varPre = Moments.of(pre).variance();
		double theta = varPre == 0 ? 0 : Moments.covariance(pre, post) / varPre;
		double preMean = Moments.of(pre).mean();
		double[] adjT = adjusted(postT, preT, theta, preMean);
		double[] adjC = adjusted(postC, preC, theta, preMean);
		double varPost = Moments.of(post).variance();
		double varAdj = Moments.of(concat(adjT, adjC)).variance();
		return new PrePostComparison(WelchInterval.of(postT, postC, confidence),
				WelchInterval.of(change(postT, preT), change(postC, preC), confidence),
				WelchInterval.of(adjT, adjC, confidence), theta, varPost == 0 ? 0 : 1 - varAdj / varPost);
	}

	private static double[] adjusted(double[] post, double[] pre, double theta, double preMean) {
		double[] out = new double[post.length];
		for (int i = 0; i < post.length; i++) {
			out[i] = post[i] - theta * (pre[i] - preMean);
		}
		return out;
	}

	private static double[] change(double[] post, double[] pre) {
		double[] out = new double[post.length];
		for (int i = 0; i < post.length; i++) {
			out[i] = post[i] - pre[i];
		}
		return out;
	}

	private static double[] concat(double[] a, double[] b) {
		double[] out = new double[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
