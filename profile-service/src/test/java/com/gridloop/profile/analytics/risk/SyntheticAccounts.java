package com.gridloop.profile.analytics.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic monthly history of accounts with planted churn and arrears risk, for
 * testing risk models. Each month a customer gets complaints, outage minutes, a
 * consumption and a bill, and pays late or not; features are what the platform would know
 * at the end of month t, labels what happens in month t + 1:
 *
 * <ul>
 * <li>churn: log-odds -5.6 + 0.9 per complaint in the last 90 days + 6 x the fall of
 * consumption over the last three months against the three before + 0.8 per 100 outage
 * minutes in the last 90 days; a churned customer leaves</li>
 * <li>arrears: log-odds -4.4 + 0.6 per late payment in the last 12 months + 3 x (bill /
 * usual bill - 1)</li>
 * </ul>
 * Tenure and app logins are noise. Some customers drift away (consumption falling 6 % a
 * month, complaints doubling).
 */
final class SyntheticAccounts {

	static final List<String> FEATURES = List.of("complaints_90d", "kwh_change_3m", "outage_minutes_90d",
			"late_payments_12m", "bill_to_usual", "tenure_years", "app_logins_90d");

	/** Rows with both labels. */
	record History(LabeledHistory churn, LabeledHistory arrears) {
	}

	private SyntheticAccounts() {
	}

	static History generate(long seed, int customers, int months) {
		List<double[]> rows = new ArrayList<>();
		List<Boolean> churn = new ArrayList<>();
		List<Boolean> arrears = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
			double base = Math.exp(Math.log(250) + 0.6 * rng.nextGaussian());
			double complaintRate = 0.06 * Math.exp(0.8 * rng.nextGaussian());
			double outageMean = Math.exp(Math.log(25) + 0.8 * rng.nextGaussian());
			double u = rng.nextDouble();
			double lateProb = 0.03 + 0.35 * u * u * u;
			int driftStart = rng.nextDouble() < 0.15 ? rng.nextInt(months) : Integer.MAX_VALUE;
			double tenure = 1 + 20 * rng.nextDouble();
			double appRate = rng.nextDouble() < 0.4 ? 3 * rng.nextDouble() : 0;
			double[] kwh = new double[months + 1];
			double[] bill = new double[months + 1];
			int[] complaints = new int[months + 1];
			double[] outage = new double[months + 1];
			int[] late = new int[months + 1];
			int[] logins = new int[months + 1];
			for (int m = 0; m <= months; m++) {
				boolean drifting = m >= driftStart;
				double season = 1 + 0.25 * Math.cos(2 * Math.PI * (m - 7) / 12.0);
				double drift = drifting ? Math.pow(0.94, m - driftStart) : 1;
				// Occasional big months (a guest, a new appliance) make bills jump above
				// the usual.
				double spike = rng.nextDouble() < 0.06 ? 1.3 + 0.7 * rng.nextDouble() : 1;
				kwh[m] = base * season * drift * spike * Math.exp(0.08 * rng.nextGaussian());
				bill[m] = 0.58 * kwh[m];
				complaints[m] = poisson(rng, complaintRate * (drifting ? 2 : 1));
				outage[m] = rng.nextDouble() < 0.35 ? outageMean * -Math.log(1 - rng.nextDouble()) * 2.5 : 0;
				double usual = m == 0 ? bill[m] : mean(bill, Math.max(0, m - 12), m);
				double pLate = Math.min(0.95, lateProb * Math.max(0.5, bill[m] / usual));
				late[m] = rng.nextDouble() < pLate ? 1 : 0;
				logins[m] = poisson(rng, appRate);
			}
			// Rows from month 6 on (half a year of history for the lookbacks); labels
			// come from month t + 1.
			for (int t = 6; t < months; t++) {
				double complaints90 = complaints[t] + complaints[t - 1] + complaints[t - 2];
				double recent = kwh[t] + kwh[t - 1] + kwh[t - 2];
				double before = kwh[t - 3] + kwh[t - 4] + kwh[t - 5];
				double change = recent / before - 1;
				double outage90 = outage[t] + outage[t - 1] + outage[t - 2];
				int late12 = 0;
				for (int m = Math.max(0, t - 11); m <= t; m++) {
					late12 += late[m];
				}
				double billToUsual = bill[t] / mean(bill, Math.max(0, t - 12), t);
				int logins90 = logins[t] + logins[t - 1] + logins[t - 2];
				double[] row = { complaints90, change, outage90, late12, billToUsual, tenure + t / 12.0, logins90 };
				double churnLogit = -5.6 + 0.9 * complaints90 + 6 * Math.max(0, -change) + 0.008 * outage90;
				double arrearsLogit = -4.4 + 0.6 * late12 + 3 * (billToUsual - 1);
				boolean churned = rng.nextDouble() < sigmoid(churnLogit);
				boolean owes = rng.nextDouble() < sigmoid(arrearsLogit);
				rows.add(row);
				churn.add(churned);
				arrears.add(owes);
				times.add((long) t);
				if (churned) {
					break;
				}
			}
		}
		double[][] x = rows.toArray(double[][]::new);
		long[] time = times.stream().mapToLong(Long::longValue).toArray();
		return new History(new LabeledHistory(FEATURES, x, toArray(churn), time),
				new LabeledHistory(FEATURES, x, toArray(arrears), time));
	}

	private static double mean(double[] v, int from, int to) {
		double s = 0;
		for (int i = from; i < to; i++) {
			s += v[i];
		}
		return s / (to - from);
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

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private static boolean[] toArray(List<Boolean> v) {
		boolean[] out = new boolean[v.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = v.get(i);
		}
		return out;
	}

}
