package com.gridloop.common.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import com.gridloop.common.event.EncodedEvent;
import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
import com.gridloop.common.jdbc.PgBinaryCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events in the service's own outbox table, inside the transaction that changes
 * the state they describe. The {@link OutboxRelay} publishes them afterwards, so a crash
 * can neither lose an event nor invent one.
 */
public class Outbox {

	/** Below this many events a plain insert is cheaper than starting a COPY. */
	private static final int COPY_THRESHOLD = 50;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final EventCodec codec;

	private final long maxEventBytes;

	/**
	 * @param maxEventBytes the largest envelope, in UTF-8 bytes, an event may have
	 */
	public Outbox(JdbcTemplate jdbc, EventCodec codec, long maxEventBytes) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.codec = codec;
		this.maxEventBytes = maxEventBytes;
	}

	/** Appends one event; needs the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID append(EventType type, String key, Object payload) {
		EncodedEvent e = encode(type, key, payload);
		this.jdbc.update("""
				insert into outbox_event (event_id, topic, event_key, event_type, envelope) values (?, ?, ?, ?, ?)""",
				e.eventId(), type.topic(), key, type.name(), e.json());
		return e.eventId();
	}

	/**
	 * Appends one event per payload, in order, with a single COPY for large batches;
	 * needs the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> void appendAll(EventType type, Collection<T> payloads, Function<T, String> key) {
		if (payloads.isEmpty()) {
			return;
		}
		if (payloads.size() < COPY_THRESHOLD) {
			payloads.forEach(p -> append(type, key.apply(p), p));
			return;
		}
		// Binary COPY: the envelope's JSON goes over as its UTF-8 bytes, with no escaping
		// of tabs and backslashes.
		PgBinaryCopy rows = new PgBinaryCopy(payloads.size() * 700);
		for (T payload : payloads) {
			EncodedEvent e = encode(type, key.apply(payload), payload);
			rows.row(5).uuid(e.eventId()).text(type.topic()).text(e.key()).text(type.name()).text(e.json());
		}
		rows.copyIn(this.dataSource,
				"copy outbox_event (event_id, topic, event_key, event_type, envelope) from stdin (format binary)");
	}

	/**
	 * Encodes the event, refusing one whose envelope exceeds the limit: it would block
	 * the relay at the broker.
	 */
	private EncodedEvent encode(EventType type, String key, Object payload) {
		EncodedEvent e = this.codec.encode(type, key, payload);
		String json = e.json();
		// A char is at most 3 UTF-8 bytes: encode only when the text could be over the
		// limit.
		if ((long) json.length() * 3 > this.maxEventBytes) {
			long bytes = json.getBytes(StandardCharsets.UTF_8).length;
			if (bytes > this.maxEventBytes) {
				throw new EventTooLargeException(type.name(), key, bytes, this.maxEventBytes);
			}
		}
		return e;
	}

}
