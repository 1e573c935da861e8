package com.gridloop.console.segments;

import java.util.List;
import java.util.Map;

/**
 * The population's 24-hour load shape for comparison: the size-weighted mean of the
 * segments' centroid shapes (the clustered segments cover the clustered customers; a
 * segment placed by a customer rule has no centroid and no weight).
 */
final class LoadShapes {

	static final int HOURS = 24;

	private LoadShapes() {
	}

	static double[] population(List<Map<String, Object>> segments) {
		double[] sum = new double[HOURS];
		double weight = 0;
		for (Map<String, Object> segment : segments) {
			if (!(segment.get("centroidShape") instanceof List<?> shape) || shape.size() != HOURS) {
				continue;
			}
			double size = ((Number) segment.get("size")).doubleValue();
			for (int h = 0; h < HOURS; h++) {
				sum[h] += ((Number) shape.get(h)).doubleValue() * size;
			}
			weight += size;
		}
		if (weight == 0) {
			return null;
		}
		for (int h = 0; h < HOURS; h++) {
			sum[h] /= weight;
		}
		return sum;
	}

	/**
	 * The chart's data: hours 0-23 and two lines, the segment's centroid and the
	 * population's (when there is one).
	 */
	static Map<String, Object> chart(Map<String, Object> segment, double[] population, String populationName) {
		List<Map<String, Object>> series = new java.util.ArrayList<>();
		series.add(Map.of("name", String.valueOf(segment.get("name")), "data", segment.get("centroidShape")));
		if (population != null) {
			series.add(Map.of("name", populationName, "data", population));
		}
		return Map.of("x", java.util.stream.IntStream.range(0, HOURS).mapToObj(h -> h + ":00").toList(), "series",
				series);
	}

}
