package com.gridloop.ingestion.batch;

/** Running counts of a batch, kept by the processor and saved with its progress. */
public final class BatchTally {

	public long bytesRead;

	/** The file's header line, kept so quarantined rows can be replayed as a file of their own. */
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

	/** Meter-days written, and how many of them arrived within the timeliness limit after the day ended. */
	public long meterDays;

	public long timelyMeterDays;

	/** Interval slots of the meter-days written, and how many of them hold a value. */
	public long expectedSlots;

	public long filledSlots;

	/** Optional fields present and possible, for the completeness of archive rows. */
	public long fieldsPresent;

	public long fieldsPossible;

	/** Rows that refer to codes or keys nobody knows (a meter, a tariff), for consistency. */
	public long unresolvedReferences;

	/** Accepted rows that contradict data stored before (a register below an earlier reading), for consistency. */
	public long contradictions;

	/** Quarantined rows per reason code. */
	public final java.util.Map<String, Long> reasons = new java.util.TreeMap<>();

	/** Counts a quarantined row. */
	public void quarantined(String reason) {
		this.quarantined++;
		this.reasons.merge(reason, 1L, Long::sum);
	}

}
