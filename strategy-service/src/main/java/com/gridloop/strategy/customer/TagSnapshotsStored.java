package com.gridloop.strategy.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Tag snapshots just received, published inside the transaction that stores them, so that
 * what is learnt from them (the audience tag registry) commits with them.
 *
 * @param snapshots each customer's snapshot as received
 */
public record TagSnapshotsStored(List<Snapshot> snapshots) {

	/** One customer's snapshot: tag code to a number or a text. */
	public record Snapshot(String customerId, Instant computedAt, Map<String, Object> tags) {
	}

}
