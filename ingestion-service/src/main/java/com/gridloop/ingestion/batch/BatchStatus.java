package com.gridloop.ingestion.batch;

/** Where a batch is in its life. */
public enum BatchStatus {

	/** Stored, waiting for its turn. */
	RECEIVED,
	/** Being read; counts and progress grow. */
	RUNNING,
	/** Every row was ingested or quarantined. */
	COMPLETED,
	/** Stopped by an error; rows written before it stay, the error says why. */
	FAILED,
	/**
	 * Same content as an earlier completed batch of the same source: nothing was done.
	 */
	DUPLICATE

}
