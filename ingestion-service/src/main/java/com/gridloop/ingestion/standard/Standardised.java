package com.gridloop.ingestion.standard;

/**
 * A code as the source gave it and its standard form.
 *
 * @param code the standard code, or the source's text (stripped) when it is not
 * recognised
 * @param label what the standard code means, in Chinese; null when unknown
 * @param known whether the text was recognised as a standard code
 */
public record Standardised(String code, String label, boolean known) {

	static Standardised unknown(String raw) {
		return new Standardised(raw.strip(), null, false);
	}

}
