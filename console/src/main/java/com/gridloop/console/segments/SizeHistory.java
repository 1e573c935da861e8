package com.gridloop.console.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments' sizes over the last succeeded runs as a line chart: one x point per run
 * (its finish time, shown in the user's zone), one line per segment, a gap where a run
 * had no such segment.
 */
final class SizeHistory {

	private SizeHistory() {
	}

	/** The chart's data, or null with fewer than one run. */
	static Map<String, Object> chart(List<Map<String, Object>> runs) {
		if (runs == null || runs.isEmpty()) {
			return null;
		}
		List<String> x = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Long[]> sizes = new LinkedHashMap<>();
		for (int i = 0; i < runs.size(); i++) {
			Map<String, Object> run = runs.get(i);
			x.add(String.valueOf(run.get("finishedAt")));
			for (Object s : (List<?>) run.get("segments")) {
				Map<?, ?> segment = (Map<?, ?>) s;
				String code = String.valueOf(segment.get("code"));
				names.put(code, String.valueOf(segment.get("name")));
				sizes.computeIfAbsent(code, c -> new Long[runs.size()])[i] = ((Number) segment.get("size")).longValue();
			}
		}
		List<Map<String, Object>> series = new ArrayList<>();
		sizes.forEach((code, values) -> series.add(Map.of("name", names.get(code), "data", Arrays.asList(values))));
		return Map.of("x", x, "xTime", true, "many", true, "series", series);
	}

}
