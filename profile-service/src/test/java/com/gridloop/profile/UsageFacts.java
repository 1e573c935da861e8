package com.gridloop.profile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Usage facts as ingestion publishes them, for tests that feed the profile service its
 * input.
 */
public final class UsageFacts {

	private UsageFacts() {
	}

	/** A complete day of hourly kWh, all of it in the flat band, nothing missing. */
	public static Map<String, Object> fact(String customerId, LocalDate day, double[] hourly) {
		double kwh = 0, max = 0;
		for (double h : hourly) {
			kwh += h;
			max = Math.max(max, h);
		}
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("customerId", customerId);
		fact.put("day", day.toString());
		fact.put("kwh", kwh);
		fact.put("hourlyKwh", hourly);
		fact.put("sharpKwh", 0.0);
		fact.put("peakKwh", 0.0);
		fact.put("flatKwh", kwh);
		fact.put("valleyKwh", 0.0);
		fact.put("maxDemandKw", max);
		fact.put("missingShare", 0.0);
		return fact;
	}

}
