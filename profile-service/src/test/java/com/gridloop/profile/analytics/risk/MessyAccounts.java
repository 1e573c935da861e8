package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic monthly churn history shaped like real utility data: a heavy-tailed margin
 * whose extremes only appear in the later months, tariff categories one of which is seen
 * once before the split and then becomes common, and noise. Labels (churn in month t + 1)
 * follow log-odds -3.3 + 0.45 per complaint + 0.8 x log(margin / 20) (capped at +-2, so
 * the extreme margins are only moderately riskier) + 4 x the fall of consumption + 0.4
 * for the fixed tariff; the new business tariff carries no risk of its own.
 */
final class MessyAccounts {

	static final List<String> FEATURES = List.of("complaints_90d", "margin", "kwh_change_3m", "tariff_green",
			"tariff_fixed", "tariff_business_new", "tenure_years");

	/** Months 0-8 train, 9-11 test. */
	static final long TEST_FROM = 9;

	static final int MONTHS = 12;

	private MessyAccounts() {
	}

	static LabeledHistory generate(long seed, int customers) {
		List<double[]> rows = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
			double margin = 20 * Math.exp(rng.nextGaussian());
			double complaintRate = 0.3 * Math.exp(0.7 * rng.nextGaussian());
			double u = rng.nextDouble();
			int tariff = u < 0.25 ? 1 : u < 0.30 ? 2 : 0;
			// From the test months on, some customers move to a wholesale deal: margins
			// far beyond anything trained on.
			boolean wholesale = rng.nextDouble() < 0.04;
			boolean business = rng.nextDouble() < 0.04;
			double tenure = 1 + 15 * rng.nextDouble();
			double level = 1;
			for (int t = 0; t < MONTHS; t++) {
				boolean later = t >= TEST_FROM;
				double m = later && wholesale ? margin * (30 + 120 * rng.nextDouble()) : margin;
				int tar = later && business ? 3 : tariff;
				double drop = rng.nextDouble() < 0.1 ? 0.1 + 0.3 * rng.nextDouble() : 0;
				double change = -drop + 0.05 * rng.nextGaussian();
				level *= 1 + change;
				double complaints = poisson(rng, complaintRate);
				double logit = -3.3 + 0.45 * complaints + 0.8 * Math.max(-2, Math.min(2, Math.log(m / 20)))
						+ 4 * Math.max(0, -change) + (tar == 2 ? 0.4 : 0);
				boolean churned = rng.nextDouble() < 1 / (1 + Math.exp(-logit));
				rows.add(new double[] { complaints, m, change, tar == 1 ? 1 : 0, tar == 2 ? 1 : 0, tar == 3 ? 1 : 0,
						tenure + t / 12.0 });
				labels.add(churned);
				times.add((long) t);
				if (churned) {
					break;
				}
			}
		}
		// The new business tariff seen once before the split: one early customer, who
		// left.
		rows.add(new double[] { 1, 25, -0.2, 0, 0, 1, 3 });
		labels.add(true);
		times.add(4L);
		boolean[] y = new boolean[labels.size()];
		long[] time = new long[times.size()];
		for (int k = 0; k < y.length; k++) {
			y[k] = labels.get(k);
			time[k] = times.get(k);
		}
		return new LabeledHistory(FEATURES, rows.toArray(double[][]::new), y, time);
	}

	private static int poisson(SplittableRandom rng, double lambda) {
		double l = Math.exp(-lambda), p = 1;
		int k = 0;
		do {
			k++;
			p *= rng.nextDouble();
		}
		while (p > l);
		return k - 1;
	}

}
