package com.gridloop.common.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the outbox relay works.
 *
 * @param enabled whether this replica relays at all
 * @param batchSize events read and published per transaction
 * @param pollInterval pause when the outbox is empty
 * @param sendTimeout how long to wait for Kafka's acknowledgements of one batch
 * @param maxEventSize the largest envelope (UTF-8 JSON) an event may have; a larger one
 * is refused when it is written ({@link EventTooLargeException}), below the broker's own
 * record limit (1 MB by default)
 */
@ConfigurationProperties("gridloop.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int batchSize,
		@DefaultValue("100ms") Duration pollInterval, @DefaultValue("30s") Duration sendTimeout,
		@DefaultValue("512KB") DataSize maxEventSize) {
}
