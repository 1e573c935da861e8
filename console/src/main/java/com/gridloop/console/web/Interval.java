package com.gridloop.console.web;

import java.util.List;

/**
 * One estimate with its 95 % interval, placed on a shared scale for an interval bar:
 * positions are percentages of the scale, which always includes zero.
 */
public record Interval(String label, double estimate, double low, double high, double left, double width, double point,
		double zero) {

	/**
	 * Places every row on one scale from the smallest lower end to the largest upper one.
	 */
	public static List<Interval> onOneScale(List<Row> rows) {
		double min = 0;
		double max = 0;
		for (Row r : rows) {
			if (Double.isFinite(r.low()) && Double.isFinite(r.high())) {
				min = Math.min(min, r.low());
				max = Math.max(max, r.high());
			}
		}
		double span = max - min == 0 ? 1 : max - min;
		double from = min;
		return rows.stream()
			.map(r -> new Interval(r.label(), r.estimate(), r.low(), r.high(), pct(r.low() - from, span),
					pct(r.high() - r.low(), span), pct(r.estimate() - from, span), pct(-from, span)))
			.toList();
	}

	private static double pct(double part, double span) {
		return Math.round(part / span * 1000) / 10.0;
	}

	/** An estimate and its interval before placing. */
	public record Row(String label, double estimate, double low, double high) {
	}

}
