package com.gridloop.strategy.campaign;

import java.util.Optional;

import com.gridloop.strategy.audience.AudienceRule;
import com.gridloop.strategy.audience.Audiences;
import com.gridloop.strategy.offer.Offer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.ErrorResponseException;

/**
 * An offer's eligibility rule as launches and previews test it. A rule naming a tag no
 * customer has carried yet (power factor before any register reading, say) leaves the
 * offer without eligible customers instead of failing the campaign; the campaign's own
 * audience is still refused with a 422.
 */
final class OfferRules {

	private static final Logger log = LoggerFactory.getLogger(OfferRules.class);

	private OfferRules() {
	}

	static Optional<AudienceRule> eligibility(Audiences audiences, Offer offer) {
		try {
			return Optional.of(audiences.parse(offer.eligibility()));
		}
		catch (ErrorResponseException ex) {
			log.warn("Offer {} has no eligible customer: its rule '{}' does not apply to today's tags ({})",
					offer.code(), offer.eligibility(), ex.getBody().getDetail());
			return Optional.empty();
		}
	}

}
