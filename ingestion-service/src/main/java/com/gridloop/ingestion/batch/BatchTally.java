package com.gridloop.ingestion.batch;

/** Running counts of a batch, kept by the processor and saved with its progress. */
public final class BatchTally {

	public long bytesRead;

	/**
	 * The file's header line, kept so quarantined rows can be replayed as a file of their
	 * own.
	 */
	public String header;

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

	/** Values flagged as spikes (kept). */
	public long spikes;

	/**
	 * Meter-days written, and how many of them arrived within the timeliness limit after
	 * the day ended.
	 */
	public long meterDays;

	public long timelyMeterDays;

	/** Interval slots of the meter-days written, and how many of them hold a value. */
	public long expectedSlots;

	public long filledSlots;

	/** Optional fields present and possible, for the completeness of archive rows. */
	public long fieldsPresent;

	public long fieldsPossible;

	/**
	 * Rows that refer to codes or keys nobody knows (a meter, a tariff), for consistency.
	 */
	public long unresolvedReferences;

	/**
	 * Accepted rows that contradict data stored before (a register below an earlier
	 * reading), for consistency.
	 */
	public long contradictions;

	/** Quarantined rows per reason code. */
	public final java.util.Map<String, Long> reasons = new java.util.TreeMap<>();

	/** The counts as they are now, to go back to if a chunk's transaction rolls back. */
	public BatchTally copy() {
		BatchTally c = new BatchTally();
		c.restore(this);
		return c;
	}

	/**
	 * Takes the counts of a copy made before, forgetting what a rolled-back chunk
	 * counted.
	 */
	public void restore(BatchTally from) {
		this.bytesRead = from.bytesRead;
		this.header = from.header;
		this.received = from.received;
		this.accepted = from.accepted;
		this.quarantined = from.quarantined;
		this.duplicates = from.duplicates;
		this.conflicts = from.conflicts;
		this.estimated = from.estimated;
		this.factsPublished = from.factsPublished;
		this.spikes = from.spikes;
		this.meterDays = from.meterDays;
		this.timelyMeterDays = from.timelyMeterDays;
		this.expectedSlots = from.expectedSlots;
		this.filledSlots = from.filledSlots;
		this.fieldsPresent = from.fieldsPresent;
		this.fieldsPossible = from.fieldsPossible;
		this.unresolvedReferences = from.unresolvedReferences;
		this.contradictions = from.contradictions;
		this.reasons.clear();
		this.reasons.putAll(from.reasons);
	}

	/** Counts a quarantined row. */
	public void quarantined(String reason) {
		this.quarantined++;
		this.reasons.merge(reason, 1L, Long::sum);
	}

}
