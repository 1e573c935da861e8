package com.gridloop.strategy.audience;

import java.util.List;

/**
 * What a rule would select now: how many customers, per segment, a sample, and the spread
 * of the offer's benefit over them.
 *
 * @param rule the rule as understood, fully parenthesised
 * @param count customers matching
 * @param customers customers with a snapshot, matching or not
 * @param segments matches per segment, largest first; a null segment counts customers no
 * segmentation run has placed yet
 * @param samples up to 20 matching customers drawn at random (the same draw while the
 * data do not change), by customer id
 * @param benefit the offer's benefit over the matches, or null when no offer was given
 * @param warnings texts and segments in the rule that no customer has now
 */
record AudiencePreview(String rule, long count, long customers, List<SegmentCount> segments, List<Sample> samples,
		BenefitSpread benefit, List<String> warnings) {

	/** Matching customers of one segment. */
	record SegmentCount(String segment, long count) {
	}

	/** A matching customer with the values of the tags the rule reads. */
	record Sample(String customerId, String segment, List<TagValue> tags, Double benefitYuan) {
	}

	/** One tag's value: a number or a text, or neither when the customer has none. */
	record TagValue(String tag, Double number, String text) {
	}

	/**
	 * Quantiles (linear between order statistics) of the yearly benefit over the matches
	 * the offer benefits; {@code priced} says how many that is. The histogram has
	 * {@link #BINS} bins of equal width from the least to the greatest benefit (one bin
	 * when they are equal, none without a priced match), each with its lower end
	 * inclusive and its upper end exclusive but for the last.
	 */
	record BenefitSpread(String offerCode, String unit, long priced, Double p10, Double p25, Double p50, Double p75,
			Double p90, List<Bin> histogram) {

		static final int BINS = 12;

	}

	/** Matches whose benefit lies from {@code from} to {@code to}. */
	record Bin(double from, double to, long count) {
	}

}
