package com.gridloop.strategy.offer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.gridloop.strategy.tariff.Tariff;

/**
 * Benefits of the value-added offers, each with the customer's investment and payback:
 * reactive-power compensation, an energy-efficiency audit, and PV with storage.
 */
final class ValueAddedBenefits {

	private ValueAddedBenefits() {
	}

	/**
	 * The power-factor standard by category: 0.90 for large industry, 0.80 for
	 * agriculture, 0.85 for other C&I.
	 */
	static double standard(String category) {
		if ("LARGE_INDUSTRIAL".equals(category)) {
			return 0.90;
		}
		return "AGRICULTURAL".equals(category) ? 0.80 : 0.85;
	}

	/**
	 * The yearly adjustment charge avoided by reaching the target power factor: the
	 * difference of the table's percentages at today's and the target PF, on the yearly
	 * energy and basic charges. Capacitors needed at maximum demand P: Q = P·(tan φ1 −
	 * tan φ2) kvar, priced per kvar.
	 */
	static Optional<Benefit> reactiveCompensation(Offer offer, OfferTags tags, OfferPricing pricing) {
		Double pf = tags.number("power_factor");
		Double revenue = tags.number("annual_revenue");
		Double maxKw = tags.number("max_demand_kw");
		double target = offer.parameter("target_pf", 0.95);
		if (pf == null || revenue == null || maxKw == null || pf <= 0 || pf >= target) {
			return Optional.empty();
		}
		double standard = standard(tags.text("category"));
		double rounded = Math.round(pf * 100) / 100.0;
		double avoidedPercent = pricing.powerFactorAdjustmentPercent(rounded, standard)
				- pricing.powerFactorAdjustmentPercent(target, standard);
		double avoided = Math.round(revenue * avoidedPercent) / 100.0;
		if (avoided <= 0) {
			return Optional.empty();
		}
		double kvar = Math.ceil(maxKw * (Math.tan(Math.acos(pf)) - Math.tan(Math.acos(target))));
		double investment = kvar * offer.parameter("price_per_kvar", 150);
		return Optional.of(Benefit.withInvestment(avoided, kvar, "kvar",
				String.format(Locale.ROOT, "加装 %.0f kvar 无功补偿，功率因数 %.2f → %.2f，每年少交力调电费约 %.0f 元；投资约 %.0f 元，%.1f 年回本",
						kvar, pf, target, avoided, investment, investment / avoided),
				List.of(tags.shown("power_factor"), tags.shown("max_demand_kw"), tags.shown("annual_revenue")),
				investment));
	}

	/** A configured share of kWh saved, at the customer's average price. */
	static Optional<Benefit> efficiencyAudit(Offer offer, OfferTags tags) {
		Double kwh = tags.number("annual_kwh");
		Double revenue = tags.number("annual_revenue");
		if (kwh == null || revenue == null || kwh <= 0 || revenue <= 0) {
			return Optional.empty();
		}
		double savedKwh = kwh * offer.parameter("saving_share", 0.08);
		double saving = Math.round(savedKwh * revenue / kwh * 100) / 100.0;
		double investment = offer.parameter("audit_fee", 20000)
				+ savedKwh * offer.parameter("measures_per_kwh_saved", 1.2);
		return Optional.of(Benefit.withInvestment(saving, Math.round(savedKwh), "kWh/year",
				String.format(Locale.ROOT, "能效诊断与节能改造：每年约省 %.0f kWh、%.0f 元；投资约 %.0f 元，%.1f 年回本", savedKwh, saving,
						investment, investment / saving),
				List.of(tags.shown("annual_kwh"), tags.shown("daily_kwh_cv")), investment));
	}

	/**
	 * PV sized so that its yearly yield is the daytime kWh the customer uses themselves
	 * (the flat band, 06-12 and 14-16, is all daylight), capped at the maximum demand,
	 * valued at the flat band price; a battery of a share of the PV power charges in the
	 * valley and discharges in the peak.
	 */
	static Optional<Benefit> pvStorage(Offer offer, OfferTags tags, OfferPricing pricing) {
		Double kwh = tags.number("annual_kwh");
		Double peak = tags.number("peak_share");
		Double valley = tags.number("valley_share");
		String code = tags.text("tariff_code");
		Optional<Tariff> tariff = code == null ? Optional.empty() : pricing.tariff(code);
		if (kwh == null || peak == null || valley == null || tariff.isEmpty()) {
			return Optional.empty();
		}
		double daytimeKwh = kwh * Math.max(0, 1 - peak - valley);
		double yield = offer.parameter("yield_kwh_per_kwp", 1100);
		double kwp = Math.floor(daytimeKwh * offer.parameter("self_use", 0.9) / yield);
		Double maxKw = tags.number("max_demand_kw");
		if (maxKw != null) {
			kwp = Math.min(kwp, Math.floor(maxKw));
		}
		if (kwp < 1) {
			return Optional.empty();
		}
		Tariff t = tariff.get();
		double pvSaving = kwp * yield * t.flatBandPrice();
		double storageKwh = kwp * offer.parameter("storage_share_of_pv_kw", 0.2) * offer.parameter("storage_hours", 2);
		double spread = t.peakPrice() * offer.parameter("round_trip_efficiency", 0.88) - t.valleyPrice();
		double storageSaving = Math.max(0, storageKwh * offer.parameter("storage_cycles_per_year", 330) * spread);
		double saving = Math.round((pvSaving + storageSaving) * 100) / 100.0;
		double investment = kwp * offer.parameter("pv_cost_per_kwp", 3200)
				+ storageKwh * offer.parameter("storage_cost_per_kwh", 1200);
		return Optional.of(Benefit.withInvestment(saving, kwp, "kWp",
				String.format(Locale.ROOT, "屋顶光伏 %.0f kWp + 储能 %.0f kWh：每年约省 %.0f 元；投资约 %.0f 元，%.1f 年回本", kwp,
						storageKwh, saving, investment, investment / saving),
				List.of(tags.shown("annual_kwh"), tags.shown("peak_share"), tags.shown("valley_share")), investment));
	}

}
