package com.gridloop.profile.analytics.risk;

/**
 * A range of time indices, both ends included (months since some origin, days since
 * epoch: the caller's unit).
 *
 * @param from first index
 * @param to last index
 */
public record TimeWindow(long from, long to) {

	public TimeWindow {
		if (to < from) {
			throw new IllegalArgumentException("Window ends before it starts: " + from + ".." + to);
		}
	}

	public boolean contains(long t) {
		return t >= this.from && t <= this.to;
	}

	@Override
	public String toString() {
		return "t" + this.from + ".." + this.to;
	}

}
