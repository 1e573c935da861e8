package com.gridloop.ingestion.reading;

import java.util.List;

/**
 * What writing one chunk changed in the batch's counts, and what quality measures need.
 */
record StoredCounts(long duplicates, long conflicts, long estimated, long facts, long meterDays, long timely,
		long expectedSlots, long filledSlots, long spikes) {

	/** What parts of one chunk stored between them. */
	static StoredCounts sum(List<StoredCounts> parts) {
		long[] t = new long[9];
		for (StoredCounts w : parts) {
			long[] v = { w.duplicates, w.conflicts, w.estimated, w.facts, w.meterDays, w.timely, w.expectedSlots,
					w.filledSlots, w.spikes };
			for (int i = 0; i < t.length; i++) {
				t[i] += v[i];
			}
		}
		return new StoredCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]);
	}

}
