package com.gridloop.console.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The customer 360's usage charts from profile's usage: the daily load shape (mean kWh of
 * each hour) and the last days' kWh stacked by time-of-use band; a day read without bands
 * shows as one unbanded bar.
 */
final class UsageCharts {

	static final List<String> BANDS = List.of("sharpKwh", "peakKwh", "flatKwh", "valleyKwh");

	private UsageCharts() {
	}

	/** Hours 0-23 and the mean kWh of each; null without hourly readings. */
	static Map<String, Object> shape(Map<String, Object> usage, String name) {
		if (usage == null || !(usage.get("dailyShape") instanceof List<?> shape) || shape.isEmpty()) {
			return null;
		}
		return Map.of("x", IntStream.range(0, shape.size()).mapToObj(h -> h + ":00").toList(), "unit", "kWh", "series",
				List.of(Map.of("name", name, "data", shape)));
	}

	/**
	 * One stacked bar a day: the four bands, and the day's kWh as "unbanded" when the day
	 * has no bands; null without days.
	 */
	static Map<String, Object> bands(Map<String, Object> usage, List<String> bandNames, String unbanded) {
		if (usage == null || !(usage.get("days") instanceof List<?> days) || days.isEmpty()) {
			return null;
		}
		List<Object> x = new ArrayList<>();
		List<List<Object>> values = new ArrayList<>();
		for (int b = 0; b <= BANDS.size(); b++) {
			values.add(new ArrayList<>());
		}
		for (Object d : days) {
			Map<?, ?> day = (Map<?, ?>) d;
			x.add(day.get("day"));
			boolean banded = day.get("peakKwh") != null;
			for (int b = 0; b < BANDS.size(); b++) {
				values.get(b).add(banded ? day.get(BANDS.get(b)) : null);
			}
			values.get(BANDS.size()).add(banded ? null : day.get("kwh"));
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (int b = 0; b < BANDS.size(); b++) {
			series.add(Map.of("name", bandNames.get(b), "data", values.get(b)));
		}
		if (values.get(BANDS.size()).stream().anyMatch(v -> v != null)) {
			series.add(Map.of("name", unbanded, "data", values.get(BANDS.size())));
		}
		return Map.of("x", x, "unit", "kWh", "bar", true, "stack", true, "many", true, "series", series);
	}

}
