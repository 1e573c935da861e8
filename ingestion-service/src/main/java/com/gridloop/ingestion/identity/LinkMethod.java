package com.gridloop.ingestion.identity;

/**
 * How a source record (a 95598 ticket, an app event) was linked to its customer; the name
 * is the text stored in the records' {@code link_method} column and sent in their events.
 */
public enum LinkMethod {

	/**
	 * A link the matcher or a person made earlier for the same source record, kept as its
	 * alias.
	 */
	MATCHED_BEFORE,

	/** The account number the record names. */
	ACCOUNT,

	/** The mobile number the record names, an archive customer's. */
	PHONE,

	/** The matcher linked it above the link threshold. */
	PROBABILISTIC,

	/** A person accepted the matcher's doubtful proposal in the review queue. */
	REVIEWED,

	/** Nothing linked it (yet). */
	NONE;

	/**
	 * The method of a matcher link by how it was decided: {@code REVIEW} by a person,
	 * else automatic.
	 */
	static LinkMethod ofMatch(String decision) {
		return "REVIEW".equals(decision) ? REVIEWED : PROBABILISTIC;
	}

}
