package com.gridloop.profile.segmentation;

import java.util.List;

/**
 * A segmentation run moved customers into other segments (or placed them for the first
 * time): one event per chunk of a run's changes, keyed by run id; each customer's new
 * segment also reaches its next tag snapshot.
 *
 * @param part the chunk's number within the run, from 0
 */
public record SegmentsChanged(String runId, int part, List<Change> changes) {

	/** One customer's move; {@code previous} is null for a first placement. */
	public record Change(String customerId, String previous, String segment) {
	}

}
