package com.gridloop.profile.analytics.risk;

import java.util.List;

/**
 * Labelled rows of a risk model with their time: each row is a customer's features as of
 * time t, and the label whether the event happened in the outcome window after t.
 *
 * @param features column names
 * @param x feature rows
 * @param y outcomes
 * @param time time index of each row (e.g. month number); the split into training and
 * test is by it
 */
public record LabeledHistory(List<String> features, double[][] x, boolean[] y, long[] time) {

	public LabeledHistory {
		features = List.copyOf(features);
		if (x.length != y.length || y.length != time.length) {
			throw new IllegalArgumentException("x, y and time need one entry per row");
		}
	}

	public int size() {
		return this.x.length;
	}

	/** Rows whose time lies in the window, in their original order. */
	public LabeledHistory within(TimeWindow window) {
		int n = 0;
		for (long t : this.time) {
			n += window.contains(t) ? 1 : 0;
		}
		double[][] xs = new double[n][];
		boolean[] ys = new boolean[n];
		long[] ts = new long[n];
		int k = 0;
		for (int i = 0; i < this.x.length; i++) {
			if (window.contains(this.time[i])) {
				xs[k] = this.x[i];
				ys[k] = this.y[i];
				ts[k] = this.time[i];
				k++;
			}
		}
		return new LabeledHistory(this.features, xs, ys, ts);
	}

	public double baseRate() {
		long pos = 0;
		for (boolean b : this.y) {
			pos += b ? 1 : 0;
		}
		return this.y.length == 0 ? Double.NaN : (double) pos / this.y.length;
	}

	/** Column j as an array. */
	public double[] column(int j) {
		double[] out = new double[this.x.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = this.x[i][j];
		}
		return out;
	}

	public long minTime() {
		long m = Long.MAX_VALUE;
		for (long t : this.time) {
			m = Math.min(m, t);
		}
		return m;
	}

	public long maxTime() {
		long m = Long.MIN_VALUE;
		for (long t : this.time) {
			m = Math.max(m, t);
		}
		return m;
	}

}
