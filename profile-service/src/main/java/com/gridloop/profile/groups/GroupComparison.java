package com.gridloop.profile.groups;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Observational comparison of a numeric tag between groups of customers that were not
 * randomised: a summary per group, and between two groups the Welch difference of means
 * and the ratio of means, each with a 95 % interval. Differences found here may come from
 * anything that differs between the groups, not only from what names them.
 */
final class GroupComparison {

	static final double CONFIDENCE = 0.95;

	/**
	 * One group: n, mean, sample standard deviation, quartiles (R's type 7, linear
	 * interpolation) and the t interval of the mean; the interval is null below two
	 * values.
	 */
	record GroupSummary(String group, long n, double mean, double sd, double min, double q25, double median, double q75,
			double max, Double meanCiLow, Double meanCiHigh) {
	}

	/**
	 * Group {@code a} against group {@code b}: {@code difference} = mean a - mean b with
	 * Welch's interval; {@code ratio} = mean a / mean b with the delta-method interval on
	 * the log scale (Welch-Satterthwaite degrees of freedom of the log-scale variance).
	 */
	record Contrast(String a, String b, double difference, double differenceCiLow, double differenceCiHigh,
			double degreesOfFreedom, double pValue, Double ratio, Double ratioCiLow, Double ratioCiHigh) {
	}

	private GroupComparison() {
	}

	static GroupSummary summarise(String group, double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		int n = v.length;
		double mean = Arrays.stream(v).average().orElse(Double.NaN);
		double ss = 0;
		for (double x : v) {
			ss += (x - mean) * (x - mean);
		}
		double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
		Double low = null;
		Double high = null;
		if (n > 1) {
			double half = quantileT(n - 1) * sd / Math.sqrt(n);
			low = mean - half;
			high = mean + half;
		}
		return new GroupSummary(group, n, mean, sd, v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
				v[n - 1], low, high);
	}

	/** Every pair of groups with at least two values each, in the order given. */
	static List<Contrast> contrasts(List<GroupSummary> groups) {
		List<GroupSummary> usable = groups.stream().filter(g -> g.n() > 1).toList();
		java.util.ArrayList<Contrast> out = new java.util.ArrayList<>();
		for (int i = 0; i < usable.size(); i++) {
			for (int j = i + 1; j < usable.size(); j++) {
				out.add(contrast(usable.get(i), usable.get(j)));
			}
		}
		return out;
	}

	static Contrast contrast(GroupSummary a, GroupSummary b) {
		double va = a.sd() * a.sd() / a.n();
		double vb = b.sd() * b.sd() / b.n();
		double d = a.mean() - b.mean();
		double se = Math.sqrt(va + vb);
		double df = satterthwaite(va, a.n(), vb, b.n());
		double q = quantileT(df);
		double p = se == 0 ? (d == 0 ? 1 : 0) : 2 * TDistribution.of(df).survivalProbability(Math.abs(d) / se);
		Double ratio = null;
		Double ratioLow = null;
		Double ratioHigh = null;
		if (a.mean() > 0 && b.mean() > 0) {
			double la = va / (a.mean() * a.mean());
			double lb = vb / (b.mean() * b.mean());
			double logSe = Math.sqrt(la + lb);
			double logQ = quantileT(satterthwaite(la, a.n(), lb, b.n()));
			ratio = a.mean() / b.mean();
			ratioLow = ratio * Math.exp(-logQ * logSe);
			ratioHigh = ratio * Math.exp(logQ * logSe);
		}
		return new Contrast(a.group(), b.group(), d, d - q * se, d + q * se, df, p, ratio, ratioLow, ratioHigh);
	}

	/** Welch-Satterthwaite degrees of freedom of a sum of two variances of means. */
	private static double satterthwaite(double va, long na, double vb, long nb) {
		double sum = va + vb;
		return sum == 0 ? na + nb - 2 : sum * sum / (va * va / (na - 1) + vb * vb / (nb - 1));
	}

	private static double quantileT(double df) {
		return TDistribution.of(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
	}

	private static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(lo + 1, sorted.length - 1);
		return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
	}

}
