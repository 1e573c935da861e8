package com.gridloop.strategy.campaign;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import com.gridloop.strategy.audience.AudienceRule;
import com.gridloop.strategy.audience.Audiences;
import com.gridloop.strategy.audience.BenefitPricer;
import com.gridloop.strategy.offer.BenefitFormula;
import com.gridloop.strategy.offer.Offer;
import com.gridloop.strategy.offer.OfferCatalogue;

import org.springframework.stereotype.Component;

/**
 * Prices every offer of the catalogue for audience previews exactly as a launch does: the
 * offer's eligibility rule, then its benefit formula; the quantiles are of the value that
 * ranks the offer, in yuan a year.
 */
@Component
record CatalogueBenefitPricer(OfferCatalogue catalogue, Audiences audiences,
		LaunchPricing pricing) implements BenefitPricer {

	/** The peak shift a preview assumes, a campaign's default. */
	static final double PEAK_SHIFT = 0.10;

	@Override
	public Set<String> offers() {
		return this.catalogue.all().stream().map(Offer::code).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	@Override
	public Optional<OfferPricing> prepare(String offerCode) {
		return this.catalogue.find(offerCode).map(offer -> {
			Optional<AudienceRule> eligibility = OfferRules.eligibility(this.audiences, offer);
			com.gridloop.strategy.offer.OfferPricing prices = this.pricing.forLaunch(List.of(offerCode), PEAK_SHIFT);
			return member -> {
				if (eligibility.isEmpty() || !member.matches(eligibility.get())) {
					return OptionalDouble.empty();
				}
				return BenefitFormula.benefit(offer, new MemberTags(member), prices)
					.map(b -> OptionalDouble.of(b.valueYuan()))
					.orElse(OptionalDouble.empty());
			};
		});
	}

}
