package com.gridloop.strategy.audience;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.gridloop.strategy.tariff.Tariff;
import com.gridloop.strategy.tariff.TariffCatalogue;
import com.gridloop.strategy.tariff.TouBillSimulator;

import org.springframework.stereotype.Component;

/**
 * Prices the time-of-use tariff offer as campaigns do: the customer's own annual bill on
 * its flat tariff against the time-of-use option with a share of its peak kWh moved to
 * the valley; a customer who would not save gets no benefit.
 */
@Component
class TouBenefitPricer implements BenefitPricer {

	static final String TOU_TARIFF = "TOU_TARIFF";

	/** The share of peak kWh a customer is assumed to move, as a campaign's default. */
	static final double PEAK_SHIFT = 0.10;

	private final TariffCatalogue catalogue;

	TouBenefitPricer(TariffCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Set<String> offers() {
		return Set.of(TOU_TARIFF);
	}

	@Override
	public Optional<OfferPricing> prepare(String offerCode) {
		if (!TOU_TARIFF.equals(offerCode)) {
			return Optional.empty();
		}
		Map<String, Tariff> tariffs = this.catalogue.all()
			.stream()
			.collect(Collectors.toMap(Tariff::code, Function.identity()));
		return Optional.of(member -> benefit(member, tariffs));
	}

	private static OptionalDouble benefit(AudienceMember m, Map<String, Tariff> tariffs) {
		String code = m.text("tariff_code");
		Tariff tariff = code == null ? null : tariffs.get(code);
		Double annual = m.number("annual_kwh");
		Double peak = m.number("peak_share");
		Double sharp = m.number("sharp_share");
		Double valley = m.number("valley_share");
		if (tariff == null || annual == null || peak == null || valley == null) {
			return OptionalDouble.empty();
		}
		double saving = TouBillSimulator.simulate(tariff, annual, sharp == null ? 0 : sharp, peak, valley, PEAK_SHIFT)
			.saving();
		return saving > 0 ? OptionalDouble.of(saving) : OptionalDouble.empty();
	}

}
