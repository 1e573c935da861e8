package com.gridloop.strategy.offer;

import java.util.Locale;

/** A customer's tags as an offer's benefit formula reads them. */
public interface OfferTags {

	/** The customer's golden id. */
	String customerId();

	/** The numeric tag, or null when the customer has none. */
	Double number(String tag);

	/** The tag as text, or null when the customer has none. */
	String text(String tag);

	/** The tag and the customer's value in words, for the target's triggers. */
	default String shown(String tag) {
		Double n = number(tag);
		return tag + "=" + (n != null ? String.format(Locale.ROOT, "%.4g", n) : text(tag));
	}

}
