package com.gridloop.ingestion.identity;

/** What to do with a scored pair of records. */
public enum Decision {

	/** The same customer: the records share a golden id. */
	LINK,

	/** Perhaps the same customer: a person should look at the pair. */
	REVIEW,

	/** Different customers. */
	NO_LINK

}
