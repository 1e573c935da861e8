package com.gridloop.strategy.audience;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Prices an offer's benefit for one customer from its tags, in yuan a year: what the
 * preview's quantiles are made of. Strategy's campaign module prices every offer of the
 * catalogue with it, as a launch does.
 */
public interface BenefitPricer {

	/** The offers this pricer knows. */
	Set<String> offers();

	/**
	 * The offer's pricing, prepared once (prices read, for example) for the many members
	 * of one preview or launch; empty for an offer this pricer does not know.
	 */
	Optional<OfferPricing> prepare(String offerCode);

	/** An offer's pricing of one member. */
	@FunctionalInterface
	interface OfferPricing {

		/** The member's benefit, or empty when the offer would not benefit it. */
		OptionalDouble benefit(AudienceMember member);

	}

}
