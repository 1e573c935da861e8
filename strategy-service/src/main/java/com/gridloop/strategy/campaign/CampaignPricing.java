package com.gridloop.strategy.campaign;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.gridloop.strategy.offer.OfferPricing;
import com.gridloop.strategy.tariff.PowerFactorTable;
import com.gridloop.strategy.tariff.Tariff;

/**
 * What a launch prices offers with: the tariff catalogue as it stands at launch, the
 * national power-factor table, the expansion facts of acquisition and the campaign's peak
 * shift.
 */
final class CampaignPricing implements OfferPricing {

	private final Map<String, Tariff> tariffs;

	private final Function<String, Optional<ExpansionFacts>> expansion;

	private final double peakShift;

	CampaignPricing(Iterable<Tariff> tariffs, Function<String, Optional<ExpansionFacts>> expansion, double peakShift) {
		Map<String, Tariff> byCode = new java.util.HashMap<>();
		tariffs.forEach(t -> byCode.put(t.code(), t));
		this.tariffs = byCode;
		this.expansion = expansion;
		this.peakShift = peakShift;
	}

	@Override
	public Optional<Tariff> tariff(String code) {
		return Optional.ofNullable(this.tariffs.get(code));
	}

	@Override
	public double powerFactorAdjustmentPercent(double powerFactor, double standard) {
		return PowerFactorTable.percent(BigDecimal.valueOf(standard), BigDecimal.valueOf(powerFactor)).doubleValue();
	}

	@Override
	public Optional<ExpansionFacts> expansion(String customerId) {
		return this.expansion.apply(customerId);
	}

	@Override
	public double peakShift() {
		return this.peakShift;
	}

}
