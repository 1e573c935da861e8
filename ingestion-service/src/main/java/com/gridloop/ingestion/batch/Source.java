package com.gridloop.ingestion.batch;

/** Kinds of file ingestion accepts. */
public enum Source {

	/** Customer archive extract from the marketing system. */
	CUSTOMERS,

	/** Interval readings from the metering system. */
	READINGS

}
