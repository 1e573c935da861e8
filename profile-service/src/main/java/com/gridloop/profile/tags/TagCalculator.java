package com.gridloop.profile.tags;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Computes tag values from a customer's archive facts and usage aggregate. Pure, so it is
 * tested on its own.
 */
public final class TagCalculator {

	/** Archive facts the basic tags come from. */
	public record Archive(String category, String regionCode, String voltageLevel, String tariffCode,
			Double contractedKva, String industryCode, String status, String accountManager) {

		/** An active account's archive facts (tests and callers without a status). */
		public Archive(String category, String regionCode, String voltageLevel, String tariffCode, Double contractedKva,
				String industryCode) {
			this(category, regionCode, voltageLevel, tariffCode, contractedKva, industryCode, "ACTIVE", null);
		}

	}

	/**
	 * A standardised GB/T 4754 code: the section letter, then the division, group or
	 * class digits.
	 */
	private static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T](\\d{2,4})?");

	private TagCalculator() {
	}

	/**
	 * Tag code to value (Double or String); tags whose inputs are missing are left out.
	 */
	public static Map<String, Object> compute(Archive archive, UsageAggregate usage) {
		Map<String, Object> tags = new LinkedHashMap<>();
		if (archive != null) {
			put(tags, "category", archive.category());
			put(tags, "region_code", archive.regionCode());
			put(tags, "voltage_level", archive.voltageLevel());
			put(tags, "tariff_code", archive.tariffCode());
			put(tags, "account_manager", archive.accountManager());
			put(tags, "account_status", archive.status() == null ? "ACTIVE" : archive.status());
			if (archive.industryCode() != null && INDUSTRY_CODE.matcher(archive.industryCode()).matches()) {
				tags.put("industry", archive.industryCode().substring(0, 1));
			}
			if (archive.contractedKva() != null) {
				tags.put("capacity_class", capacityClass(archive.contractedKva()));
			}
		}
		if (usage != null && usage.days() > 0 && usage.kwh() > 0) {
			double peak = usage.sharpKwh() + usage.peakKwh();
			tags.put("annual_kwh", round(usage.kwh() / usage.days() * 365, 1));
			// Shares of the days whose bands are known: registers without time-of-use
			// ones tell none.
			if (usage.bandedKwh() > 0) {
				tags.put("peak_share", round(peak / usage.bandedKwh(), 4));
				tags.put("sharp_share", round(usage.sharpKwh() / usage.bandedKwh(), 4));
				tags.put("valley_share", round(usage.valleyKwh() / usage.bandedKwh(), 4));
				if (usage.valleyKwh() > 0) {
					tags.put("peak_valley_ratio", round(peak / usage.valleyKwh(), 4));
				}
			}
			if (usage.maxDemandKw() > 0) {
				double meanKw = usage.kwh() / (usage.days() * 24.0);
				tags.put("load_factor", round(meanKw / usage.maxDemandKw(), 4));
				tags.put("max_demand_kw", round(usage.maxDemandKw(), 3));
			}
			if (usage.reactiveBaseKwh() > 0) {
				tags.put("power_factor",
						round(usage.reactiveBaseKwh() / Math.hypot(usage.reactiveBaseKwh(), usage.reactiveKvarh()), 4));
			}
			if (usage.days() >= 2 && usage.dailyMean() > 0) {
				tags.put("daily_kwh_cv", round(usage.dailyStdDev() / usage.dailyMean(), 4));
			}
		}
		return tags;
	}

	static String capacityClass(double kva) {
		if (kva < 50) {
			return "<50kVA";
		}
		if (kva < 315) {
			return "50-315kVA";
		}
		if (kva < 1000) {
			return "315-1000kVA";
		}
		return ">=1000kVA";
	}

	private static void put(Map<String, Object> tags, String code, String value) {
		if (value != null && !value.isBlank()) {
			tags.put(code, value);
		}
	}

	private static double round(double v, int decimals) {
		double f = Math.pow(10, decimals);
		return Math.round(v * f) / f;
	}

}
