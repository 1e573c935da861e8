package com.gridloop.common.outbox;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.EventType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events in the service's own outbox table, inside the transaction that changes the state they describe.
 * The {@link OutboxRelay} publishes them afterwards, so a crash can neither lose an event nor invent one.
 */
public class Outbox {

	private static final String INSERT = """
			insert into outbox_event (event_id, topic, event_key, event_type, envelope)
			values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final EventCodec codec;

	public Outbox(JdbcTemplate jdbc, EventCodec codec) {
		this.jdbc = jdbc;
		this.codec = codec;
	}

	/** Appends one event; needs the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID append(EventType type, String key, Object payload) {
		EventEnvelope envelope = this.codec.wrap(type, key, payload);
		this.jdbc.update(INSERT, envelope.eventId(), type.topic(), key, type.name(), this.codec.encode(envelope));
		return envelope.eventId();
	}

	/** Appends one event per payload, in order, with one round trip per thousand; needs the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> void appendAll(EventType type, Collection<T> payloads, Function<T, String> key) {
		List<EventEnvelope> envelopes = new ArrayList<>(payloads.size());
		for (T payload : payloads) {
			envelopes.add(this.codec.wrap(type, key.apply(payload), payload));
		}
		this.jdbc.batchUpdate(INSERT, envelopes, 1000, (PreparedStatement ps, EventEnvelope e) -> {
			ps.setObject(1, e.eventId());
			ps.setString(2, type.topic());
			ps.setString(3, e.key());
			ps.setString(4, type.name());
			ps.setString(5, this.codec.encode(e));
		});
	}

}
