package com.gridloop.common.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Wraps payloads in envelopes and turns envelopes into JSON text and back. */
public final class EventCodec {

	/** The MDC key carrying the correlation id of the work in progress. */
	public static final String CORRELATION_ID = "correlationId";

	private final JsonMapper json;

	private final String producer;

	public EventCodec(JsonMapper json, String producer) {
		// Consumers read payloads into their own trimmed records: fields they do not know
		// are expected.
		// Usage facts carry dozens of doubles each: the Schubfach writer formats them
		// several times faster.
		this.json = json.rebuild()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
			.build();
		this.producer = producer;
	}

	/**
	 * A new envelope for a payload, correlated with the work in progress (or starting a
	 * new correlation).
	 */
	public EventEnvelope wrap(EventType type, String key, Object payload) {
		String correlationId = MDC.get(CORRELATION_ID);
		return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), Instant.now(), this.producer,
				correlationId != null ? correlationId : UUID.randomUUID().toString(), key,
				this.json.valueToTree(payload));
	}

	/**
	 * A new event as envelope JSON, serialised in one pass (no intermediate tree): the
	 * outbox's hot path.
	 */
	public EncodedEvent encode(EventType type, String key, Object payload) {
		String correlationId = MDC.get(CORRELATION_ID);
		Outgoing out = new Outgoing(UUID.randomUUID(), type.name(), type.version(), Instant.now(), this.producer,
				correlationId != null ? correlationId : UUID.randomUUID().toString(), key, payload);
		return new EncodedEvent(out.eventId(), key, this.json.writeValueAsString(out));
	}

	/**
	 * The envelope's fields in the order of {@link EventEnvelope}, with the payload as
	 * the producer's own record.
	 */
	@JsonPropertyOrder({ "eventId", "type", "schemaVersion", "occurredAt", "producer", "correlationId", "key",
			"payload" })
	private record Outgoing(UUID eventId, String type, int schemaVersion, Instant occurredAt, String producer,
			String correlationId, String key, Object payload) {
	}

	public String encode(EventEnvelope envelope) {
		return this.json.writeValueAsString(envelope);
	}

	/**
	 * Reads an envelope.
	 * @throws MalformedEventException when the text is not an envelope
	 */
	public EventEnvelope decode(String text) {
		if (text == null) {
			throw new MalformedEventException("Record has no value");
		}
		try {
			EventEnvelope envelope = this.json.readValue(text, EventEnvelope.class);
			if (envelope.eventId() == null || envelope.type() == null || envelope.payload() == null) {
				throw new MalformedEventException("Envelope lacks an event id, a type or a payload");
			}
			return envelope;
		}
		catch (JacksonException ex) {
			throw new MalformedEventException("Not an event envelope: " + ex.getOriginalMessage());
		}
	}

	/**
	 * Reads the payload into the consumer's own record, ignoring fields it does not know.
	 */
	public <T> T payload(EventEnvelope envelope, Class<T> type) {
		JsonNode payload = envelope.payload();
		try {
			return this.json.treeToValue(payload, type);
		}
		catch (JacksonException ex) {
			throw new MalformedEventException("Payload of " + envelope.type() + " " + envelope.eventId()
					+ " does not fit " + type.getSimpleName() + ": " + ex.getOriginalMessage());
		}
	}

	public String producer() {
		return this.producer;
	}

}
