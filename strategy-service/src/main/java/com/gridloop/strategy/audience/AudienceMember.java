package com.gridloop.strategy.audience;

import java.util.Map;

/**
 * A customer matching a rule, as {@link Audiences#forEachMatch} hands it over: its id,
 * segment and latest tags. Read it inside the callback; the values are not kept.
 */
public interface AudienceMember {

	String customerId();

	/**
	 * The customer's current segment code, or null before a segmentation run placed it.
	 */
	String segment();

	/**
	 * A tag's value, a {@link Double} or a {@link String}, or null when the customer has
	 * none.
	 */
	Object tag(String code);

	/** A number tag's value, or null when the customer has none or the tag holds text. */
	default Double number(String code) {
		return tag(code) instanceof Double d ? d : null;
	}

	/** A tag's value as text (numbers in their shortest form), or null. */
	default String text(String code) {
		Object v = tag(code);
		return v instanceof Double d ? RuleNode.Rules.formatNumber(d) : (String) v;
	}

	/**
	 * Whether the customer also matches another rule (an offer's eligibility, say),
	 * compiled once for all members of the same call.
	 */
	boolean matches(AudienceRule rule);

	/**
	 * Every tag the customer has, as a new map of code to {@link Double} or
	 * {@link String}.
	 */
	Map<String, Object> tags();

}
