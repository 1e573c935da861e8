package com.gridloop.ingestion.batch;

/** Running counts of a batch, kept by the processor and saved with its progress. */
public final class BatchTally {

	public long bytesRead;

	/** Data rows read (header excluded). */
	public long received;

	/** Rows stored as valid data. */
	public long accepted;

	public long quarantined;

	/** Rows identical to one already stored. */
	public long duplicates;

	/** Rows disagreeing with one already stored; the rule kept the later one. */
	public long conflicts;

	/** Values filled in by interpolation. */
	public long estimated;

	public long factsPublished;

}
