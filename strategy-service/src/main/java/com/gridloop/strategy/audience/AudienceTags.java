package com.gridloop.strategy.audience;

import java.time.Instant;
import java.util.List;

/**
 * The tag registry as rules are checked against it, with the in-memory snapshot's size.
 *
 * @param customers customers in the snapshot
 * @param memoryBytes estimated heap the snapshot takes
 * @param loadedAt when the snapshot was last loaded whole
 * @param loadSeconds how long that took
 * @param refreshedAt when it was last brought up to date
 */
record AudienceTags(int customers, long memoryBytes, Instant loadedAt, double loadSeconds, Instant refreshedAt,
		List<Tag> tags) {

	/**
	 * A tag: its type, the first and latest snapshot times that carried it, and how many
	 * customers have it now.
	 */
	record Tag(String code, TagType type, Instant firstSeen, Instant lastSeen, int customers) {
	}

}
