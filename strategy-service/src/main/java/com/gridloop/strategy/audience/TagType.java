package com.gridloop.strategy.audience;

/** What kind of values a tag holds, as learnt from the snapshots. */
public enum TagType {

	/** Every value seen was a number. */
	NUMBER,

	/** At least one value seen was a text. */
	TEXT;

	/** The type of one value: numbers are NUMBER, anything else TEXT. */
	static TagType of(Object value) {
		return value instanceof Number ? NUMBER : TEXT;
	}

	/** The type of a tag that has held values of both types. */
	TagType merge(TagType other) {
		return this == other ? this : TEXT;
	}

}
