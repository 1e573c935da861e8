package com.gridloop.common.event;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What travels on every GridLoop topic: the facts about an event (id, type, schema
 * version, time, producer, correlation id and key) around its payload. Consumers read the
 * payload into their own trimmed record.
 *
 * @param eventId unique id, used by consumers to ignore a redelivery
 * @param type past-tense name, such as {@code CustomerLinked}
 * @param schemaVersion version of the payload's shape for this type
 * @param occurredAt when the fact became true
 * @param producer the service that wrote it
 * @param correlationId ties together the events one action caused across services
 * @param key the customer id or campaign id the event concerns; also the Kafka record key
 * @param payload the event's own fields
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String producer,
		String correlationId, String key, JsonNode payload) {
}
