package com.gridloop.ingestion.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readings streamed on the meter-readings topic are gathered into batches.
 *
 * @param enabled whether ingestion consumes the topic
 * @param maxRecords a batch is closed when it holds this many messages
 * @param maxAge or when its first message has waited this long
 * @param profile the source profile the messages are read with (time zones, column
 * names); null for the default
 * @param retryAfter how long to wait before reading a batch again whose ingestion failed
 * (or before consuming again after an error), doubled after each failure in a row
 * @param maxRetryAfter the longest such wait; below the consumer's
 * {@code max.poll.interval.ms} (5 minutes), so a waiting stream keeps its partitions
 */
@ConfigurationProperties("gridloop.ingestion.stream")
public record StreamProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50000") int maxRecords,
		@DefaultValue("30s") Duration maxAge, String profile, @DefaultValue("30s") Duration retryAfter,
		@DefaultValue("4m") Duration maxRetryAfter) {

	public StreamProperties {
		if (maxRecords < 1) {
			throw new IllegalArgumentException("gridloop.ingestion.stream.max-records must be positive");
		}
	}

}
