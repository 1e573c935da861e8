package com.gridloop.console.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the results page draws beside the uplift: the kWh shift over time as two lines
 * (treatment and control, launch marked) from evaluation's series, and what strategy's
 * learning now prefers, offers and this offer's cells ranked by their estimated
 * conversion rate.
 */
final class CampaignInsights {

	/** The cells of the campaign's offer shown, best first. */
	static final int CELLS = 8;

	private CampaignInsights() {
	}

	/**
	 * The chart's data: one x label per period and each arm's mean daily peak kWh; null
	 * when the series has no point.
	 */
	static Map<String, Object> loadShiftChart(Map<String, Object> series, String treatment, String control) {
		if (series == null || !(series.get("points") instanceof List<?> points) || points.isEmpty()) {
			return null;
		}
		List<String> x = new ArrayList<>();
		List<Object> t = new ArrayList<>();
		List<Object> c = new ArrayList<>();
		for (Object p : points) {
			Map<?, ?> point = (Map<?, ?>) p;
			x.add(String.valueOf(point.get("period")));
			t.add(round(point.get("treatmentPeakKwh")));
			c.add(round(point.get("controlPeakKwh")));
		}
		return Map.of("x", x, "mark", String.valueOf(series.get("launchDay")), "unit", "kWh", "series",
				List.of(Map.of("name", treatment, "data", t), Map.of("name", control, "data", c)));
	}

	/** Whole offers ("*" cells), by estimated conversion rate, best first. */
	static List<Map<String, Object>> offers(List<Map<String, Object>> estimates) {
		return ranked(estimates, e -> "*".equals(e.get("segment")) && "*".equals(e.get("channel")));
	}

	/** The offer's segment and channel cells with evidence, best first. */
	static List<Map<String, Object>> cells(List<Map<String, Object>> estimates, String offerCode) {
		List<Map<String, Object>> cells = ranked(estimates,
				e -> offerCode != null && offerCode.equals(e.get("offerCode")) && !"*".equals(e.get("segment")));
		return cells.subList(0, Math.min(CELLS, cells.size()));
	}

	private static List<Map<String, Object>> ranked(List<Map<String, Object>> estimates,
			java.util.function.Predicate<Map<String, Object>> which) {
		if (estimates == null) {
			return List.of();
		}
		return estimates.stream()
			.filter(which)
			.sorted(Comparator.comparingDouble((Map<String, Object> e) -> ((Number) e.get("mean")).doubleValue())
				.reversed())
			.toList();
	}

	private static Object round(Object value) {
		return value instanceof Number n ? Math.round(n.doubleValue() * 1000) / 1000.0 : null;
	}

}
