package com.gridloop.ingestion.quarantine;

/**
 * Why a row was quarantined. The code is stable; the message on each row gives the
 * detail.
 */
public enum Reason {

	/** The row has fewer or more fields than the header. */
	COLUMN_COUNT,
	/** A required field is empty. */
	MISSING_VALUE,
	/** A field is not the type it should be (number, date, time). */
	BAD_NUMBER, BAD_TIMESTAMP,
	/** A value is outside what is physically or logically possible. */
	NEGATIVE_VALUE, ABSURD_VALUE, FUTURE_TIMESTAMP, TOO_OLD,
	/**
	 * A number outside the range its column allows; the message names the field and the
	 * limits.
	 */
	OUT_OF_RANGE,
	/** A text longer than its column allows (a name over 100 characters, say). */
	FIELD_TOO_LONG,
	/**
	 * The interval length is unsupported, or the timestamp is not on an interval
	 * boundary.
	 */
	BAD_INTERVAL, MISALIGNED_TIMESTAMP,
	/** The row names a meter nobody knows. */
	UNKNOWN_METER,
	/** The row names an account or customer number nobody knows. */
	UNKNOWN_ACCOUNT,
	/** A code that is not in the standard list. */
	UNKNOWN_CODE,
	/** The line could not be parsed as CSV at all. */
	PARSE_ERROR,
	/** The header row appears again inside the file (files concatenated). */
	DUPLICATE_HEADER,
	/**
	 * The row contradicts another row in the same batch beyond what a rule can settle.
	 */
	INCONSISTENT,
	/**
	 * A cumulative register reads less than it did on an earlier day of the same meter.
	 */
	DECREASING_REGISTER,
	/**
	 * The database refused the row when its chunk was stored; the message quotes the
	 * database.
	 */
	STORE_REJECTED

}
