package com.gridloop.ingestion.batch;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch as the API shows it. {@code progress} is the share of the file read so far;
 * {@code replayOf} names the batch whose quarantined rows this one replays.
 */
public record BatchView(UUID id, Source source, String fileName, BatchStatus status, String checksum, String charset,
		String profile, long bytes, double progress, long received, long accepted, long quarantined, long duplicates,
		long conflicts, long estimated, long spikes, long factsPublished, UUID duplicateOf, String error,
		Instant createdAt, Instant startedAt, Instant finishedAt, UUID replayOf) {
}
