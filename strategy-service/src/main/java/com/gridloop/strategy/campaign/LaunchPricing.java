package com.gridloop.strategy.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gridloop.strategy.acquisition.AcquisitionLeads;
import com.gridloop.strategy.acquisition.ExpansionCandidate;
import com.gridloop.strategy.offer.BenefitFormula;
import com.gridloop.strategy.offer.OfferCatalogue;
import com.gridloop.strategy.offer.OfferPricing;
import com.gridloop.strategy.tariff.TariffCatalogue;

import org.springframework.stereotype.Component;

/**
 * Prepares what a launch or a preview prices offers with: the tariffs as they stand, and
 * acquisition's expansion candidates when an offer needs them.
 */
@Component
record LaunchPricing(TariffCatalogue tariffs, AcquisitionLeads leads, OfferCatalogue offers) {

	OfferPricing forLaunch(List<String> offerCodes, double peakShift) {
		boolean expansion = offerCodes.stream()
			.map(this.offers::find)
			.flatMap(Optional::stream)
			.anyMatch(o -> o.formula() == BenefitFormula.CAPACITY_EXPANSION);
		Map<String, OfferPricing.ExpansionFacts> facts = new HashMap<>();
		if (expansion) {
			for (ExpansionCandidate c : this.leads.expansionCandidates()) {
				facts.put(c.customerId(), new OfferPricing.ExpansionFacts(c.monthsAbove(), c.maxDemandKw(),
						c.contractedKva(), c.suggestedAddedKva()));
			}
		}
		return new CampaignPricing(this.tariffs.all(), customer -> Optional.ofNullable(facts.get(customer)), peakShift);
	}

}
