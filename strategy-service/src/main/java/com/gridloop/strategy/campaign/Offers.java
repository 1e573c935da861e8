package com.gridloop.strategy.campaign;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.gridloop.strategy.tariff.Tariff;
import com.gridloop.strategy.tariff.TouBillSimulator;

/**
 * Offers and how each quantifies its benefit for one customer from the customer's own
 * tags. An offer that would not benefit the customer yields nothing, and the customer is
 * excluded from the target list.
 */
final class Offers {

	/** Time-of-use tariff, priced with the customer's own band shares. */
	static final String TOU_TARIFF = "TOU_TARIFF";

	static final Set<String> AVAILABLE = Set.of(TOU_TARIFF);

	/** A benefit in yuan per year and in words. */
	record Benefit(double yuan, String text) {
	}

	private Offers() {
	}

	static Optional<Benefit> benefit(String offerCode, Map<String, Object> tags, Map<String, Tariff> tariffs,
			double peakShift) {
		if (!TOU_TARIFF.equals(offerCode)) {
			return Optional.empty();
		}
		Tariff tariff = tariffs.get(String.valueOf(tags.get("tariff_code")));
		Double annual = number(tags.get("annual_kwh"));
		Double peak = number(tags.get("peak_share"));
		Double sharp = number(tags.get("sharp_share"));
		Double valley = number(tags.get("valley_share"));
		if (tariff == null || annual == null || peak == null || valley == null) {
			return Optional.empty();
		}
		TouBillSimulator.Simulation sim = TouBillSimulator.simulate(tariff, annual, sharp == null ? 0 : sharp, peak,
				valley, peakShift);
		if (sim.saving() <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Benefit(sim.saving(), String.format(Locale.ROOT,
				"Time-of-use tariff: about %.0f yuan a year less (%.0f -> %.0f) if %.0f%% of peak use moves to the valley",
				sim.saving(), sim.flatBill(), sim.touBillAfterShift(), peakShift * 100)));
	}

	private static Double number(Object o) {
		return o instanceof Number n ? n.doubleValue() : null;
	}

}
