package com.gridloop.local.bench;

import java.util.SplittableRandom;

/**
 * Realistic tag snapshots for the audience bench, written straight as the JSON text of
 * {@code customer_tags.tags}: the 33 tags profile computes, with households and
 * businesses in a county's proportions, tags missing where profile would leave them out,
 * and a segment named as the nightly run names them (a few customers not placed yet).
 */
final class AudienceTagGenerator {

	private static final String[] REGIONS = { "420102", "420103", "420104", "420105", "420106", "420107", "420111",
			"420112", "420113", "420114", "420115", "420116" };

	private static final String[] CI_SEGMENTS = { "RIGID_PEAK", "SEASONAL_PUMPING", "NIGHT_HEAVY_PROCESS",
			"SHIFTABLE_SHIFT_WORK", "DAYTIME_BUSINESS", "OTHER_BUSINESS" };

	private static final String[] CHANNELS = { "APP", "WECHAT", "COUNTER", "BANK" };

	private static final String[] CAPACITY = { "<50kVA", "50-315kVA", "315-1000kVA", ">=1000kVA" };

	/** One customer's snapshot: its segment (null when not placed yet) and tags JSON. */
	record Snapshot(String segment, String tagsJson) {
	}

	private final SplittableRandom random;

	private final StringBuilder json = new StringBuilder(1400);

	AudienceTagGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	Snapshot next() {
		SplittableRandom r = this.random;
		double u = r.nextDouble();
		String category = u < 0.92 ? "RESIDENTIAL"
				: u < 0.98 ? "GENERAL_CI" : u < 0.99 ? "LARGE_INDUSTRIAL" : "AGRICULTURAL";
		boolean household = category.equals("RESIDENTIAL");
		this.json.setLength(0);
		this.json.append('{');
		text("category", category);
		text("region_code", REGIONS[r.nextInt(REGIONS.length)]);
		text("voltage_level", household ? (r.nextDouble() < 0.9 ? "220V" : "380V") : "10kV");
		text("tariff_code", household ? "HB-RES" : category.equals("GENERAL_CI") ? "HB-CI-SP-LV"
				: category.equals("AGRICULTURAL") ? "HB-AGR" : "HB-CI-TP-10KV");
		double s = r.nextDouble();
		text("account_status", s < 0.96 ? "ACTIVE" : s < 0.99 ? "CLOSED" : "MERGED");
		if (!household) {
			text("industry", String.valueOf((char) ('A' + r.nextInt(20))));
			text("capacity_class", CAPACITY[r.nextInt(CAPACITY.length)]);
		}
		double annual = household ? Math.exp(Math.log(2600) + 0.7 * r.nextGaussian())
				: Math.exp(Math.log(180_000) + 1.2 * r.nextGaussian());
		number("annual_kwh", annual, 1);
		double peak = clamp(0.30 + 0.09 * r.nextGaussian(), 0.05, 0.75);
		double sharp = peak * (0.25 + 0.15 * r.nextDouble());
		double valley = clamp(0.30 + 0.08 * r.nextGaussian(), 0.05, 0.9 - peak);
		number("peak_share", peak, 4);
		number("sharp_share", sharp, 4);
		number("valley_share", valley, 4);
		number("peak_valley_ratio", peak / valley, 4);
		double cv = clamp(0.25 + 0.1 * r.nextGaussian(), 0.02, 1.5);
		number("load_factor", clamp(0.35 + 0.15 * r.nextGaussian(), 0.05, 0.95), 4);
		number("max_demand_kw", annual / 8760 / 0.35, 3);
		number("daily_kwh_cv", cv, 4);
		if (!household && r.nextDouble() < 0.8) {
			number("power_factor", clamp(0.92 + 0.04 * r.nextGaussian(), 0.6, 1.0), 4);
		}
		number("annual_revenue", annual * (household ? 0.57 : 0.72), 2);
		number("kwh_trend", 0.1 * r.nextGaussian(), 4);
		number("seasonality", clamp(1.2 + 0.2 * r.nextGaussian(), 0.5, 3), 4);
		if (r.nextDouble() < 0.8) {
			number("yoy_growth", 0.08 * r.nextGaussian(), 4);
		}
		int late = r.nextDouble() < 0.85 ? 0 : 1 + r.nextInt(6);
		number("late_payments_12m", late, 0);
		if (late > 0) {
			number("avg_days_late", 1 + r.nextInt(40), 1);
		}
		number("arrears_amount", late > 2 ? 50 + r.nextInt(800) : 0, 2);
		int online = r.nextDouble() < 0.4 ? 0 : r.nextInt(120);
		number("online_events_90d", online, 0);
		text("preferred_channel", online > 0 ? "APP" : CHANNELS[1 + r.nextInt(CHANNELS.length - 1)]);
		if (online > 0) {
			number("active_hour", 7 + r.nextInt(16), 0);
		}
		int complaints = r.nextDouble() < 0.93 ? 0 : 1 + r.nextInt(4);
		number("complaints_12m", complaints, 0);
		if (complaints > 0) {
			number("days_since_complaint", r.nextInt(365), 0);
		}
		int outages = r.nextDouble() < 0.7 ? 0 : 1 + r.nextInt(3);
		number("outage_count_90d", outages, 0);
		number("outage_minutes_90d", outages * (20 + r.nextInt(200)), 0);
		if (r.nextDouble() < 0.7) {
			number("demand_response_kw", annual / 8760 * peak * r.nextDouble(), 3);
		}
		number("churn_risk", clamp(0.02 + 0.02 * r.nextGaussian(), 0.001, 0.6), 4);
		number("arrears_risk", clamp(0.05 + 0.05 * r.nextGaussian(), 0.001, 0.9), 4);
		this.json.setCharAt(this.json.length() - 1, '}');
		return new Snapshot(segment(household, annual, peak, valley, cv), this.json.toString());
	}

	private String segment(boolean household, double annual, double peak, double valley, double cv) {
		if (this.random.nextDouble() < 0.03) {
			return null;
		}
		if (!household) {
			return CI_SEGMENTS[this.random.nextInt(CI_SEGMENTS.length)];
		}
		if (valley >= 0.42) {
			return "NIGHT_CHARGING";
		}
		if (peak >= 0.38) {
			return "PRICE_SENSITIVE_SHIFTABLE";
		}
		return annual > 5000 && cv < 0.25 ? "HIGH_VALUE_STABLE" : "STANDARD_HOUSEHOLD";
	}

	private void text(String tag, String value) {
		this.json.append('"').append(tag).append("\":\"").append(value).append("\",");
	}

	/** A number rounded to the decimals profile keeps, written without formatting. */
	private void number(String tag, double value, int decimals) {
		this.json.append('"').append(tag).append("\":");
		long scale = (long) Math.pow(10, decimals);
		long scaled = Math.round(value * scale);
		if (scaled < 0) {
			this.json.append('-');
			scaled = -scaled;
		}
		this.json.append(scaled / scale);
		if (decimals > 0) {
			String fraction = Long.toString(scaled % scale + scale).substring(1);
			this.json.append('.').append(fraction);
		}
		this.json.append(',');
	}

	private static double clamp(double v, double low, double high) {
		return Math.max(low, Math.min(high, v));
	}

}
