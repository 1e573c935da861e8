package com.gridloop.common.event;

import java.util.UUID;

/** An event ready for the outbox: its id, its Kafka key and the envelope as JSON text. */
public record EncodedEvent(UUID eventId, String key, String json) {
}
