package com.gridloop.strategy.offer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.gridloop.strategy.tariff.Tariff;
import com.gridloop.strategy.tariff.TouBillSimulator;

/** Benefits of the activation offers: the time-of-use tariff and the bill analysis. */
final class ActivationBenefits {

	private ActivationBenefits() {
	}

	/**
	 * The yearly saving on the time-of-use option of the customer's tariff, from their
	 * own band shares, with the campaign's share of peak use moved to the valley.
	 */
	static Optional<Benefit> touSaving(OfferTags tags, OfferPricing pricing) {
		String code = tags.text("tariff_code");
		Optional<Tariff> tariff = code == null ? Optional.empty() : pricing.tariff(code);
		Double annual = tags.number("annual_kwh");
		Double peak = tags.number("peak_share");
		Double sharp = tags.number("sharp_share");
		Double valley = tags.number("valley_share");
		if (tariff.isEmpty() || annual == null || peak == null || valley == null) {
			return Optional.empty();
		}
		TouBillSimulator.Simulation sim = TouBillSimulator.simulate(tariff.get(), annual, sharp == null ? 0 : sharp,
				peak, valley, pricing.peakShift());
		if (sim.saving() <= 0) {
			return Optional.empty();
		}
		return Optional.of(Benefit.of(sim.saving(), sim.saving(), "yuan/year",
				String.format(Locale.ROOT, "改用分时电价，若把 %.0f%% 的峰段用电移到谷段，每年约省 %.0f 元（%.0f → %.0f 元）",
						pricing.peakShift() * 100, sim.saving(), sim.flatBill(), sim.touBillAfterShift()),
				List.of(tags.shown("tariff_code"), tags.shown("peak_share"), tags.shown("valley_share"),
						tags.shown("annual_kwh"))));
	}

	/** A configured share of the yearly bill, saved by acting on the bill analysis. */
	static Optional<Benefit> billAnalysis(Offer offer, OfferTags tags) {
		Double revenue = tags.number("annual_revenue");
		if (revenue == null || revenue <= 0) {
			return Optional.empty();
		}
		double share = offer.parameter("saving_share", 0.03);
		double saving = Math.round(revenue * share * 100) / 100.0;
		return Optional.of(Benefit.of(
				saving, saving, "yuan/year", String.format(Locale.ROOT,
						"账单分析：按建议调整用电习惯，每年约省 %.0f 元（年电费 %.0f 元的 %.0f%%）", saving, revenue, share * 100),
				List.of(tags.shown("annual_revenue"), tags.shown("online_events_90d"))));
	}

}
