package com.gridloop.common.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.MalformedEventException;

/**
 * Which handler takes which event type, each reading the payload into the consumer's own
 * record: a listener says
 * {@code routes.on(Events.TARGET_ASSIGNED, TargetAssigned.class, this::assigned)} instead
 * of filtering envelopes by hand. Events are handed over in runs of one type in the order
 * they arrived, so one customer's events keep their order while each handler still gets a
 * batch. An event of a newer major schema version than the consumer was built for fails
 * as malformed (and so is dead-lettered): reading it with the old record would lose its
 * meaning.
 */
public final class EventRoutes {

	/** One event's payload with the envelope it came in. */
	public record Received<T>(EventEnvelope envelope, T payload) {

		/** The customer or campaign id the event concerns. */
		public String key() {
			return this.envelope.key();
		}

	}

	/**
	 * Applies a run of events of one type; runs in the transaction that records them as
	 * handled.
	 */
	@FunctionalInterface
	public interface Handler<T> {

		void handle(List<Received<T>> events);

	}

	private record Route<T>(EventType type, Class<T> payload, Handler<T> handler) {

		void apply(EventCodec codec, List<EventEnvelope> run) {
			List<Received<T>> received = new ArrayList<>(run.size());
			for (EventEnvelope e : run) {
				if (e.schemaVersion() > this.type.version()) {
					throw new MalformedEventException(e.type() + " " + e.eventId() + " has schema version "
							+ e.schemaVersion() + "; this consumer reads up to " + this.type.version());
				}
				received.add(new Received<>(e, codec.payload(e, this.payload)));
			}
			this.handler.handle(received);
		}

	}

	private final EventCodec codec;

	private final Map<String, Route<?>> routes = new LinkedHashMap<>();

	public EventRoutes(EventCodec codec) {
		this.codec = codec;
	}

	/**
	 * Routes events of the type to the handler, their payloads read as {@code payload}.
	 */
	public <T> EventRoutes on(EventType type, Class<T> payload, Handler<T> handler) {
		if (this.routes.putIfAbsent(type.name(), new Route<>(type, payload, handler)) != null) {
			throw new IllegalStateException(type.name() + " is routed twice");
		}
		return this;
	}

	/** Routes events of the type to a handler that needs only their payloads. */
	public <T> EventRoutes onPayloads(EventType type, Class<T> payload, Consumer<List<T>> handler) {
		return on(type, payload, events -> {
			List<T> payloads = new ArrayList<>(events.size());
			for (Received<T> e : events) {
				payloads.add(e.payload());
			}
			handler.accept(payloads);
		});
	}

	/**
	 * Hands each event to its type's handler, in runs of one type; events of other types
	 * are skipped.
	 */
	void dispatch(List<EventEnvelope> events) {
		int i = 0;
		while (i < events.size()) {
			String type = events.get(i).type();
			int end = i + 1;
			while (end < events.size() && events.get(end).type().equals(type)) {
				end++;
			}
			Route<?> route = this.routes.get(type);
			if (route != null) {
				route.apply(this.codec, events.subList(i, end));
			}
			i = end;
		}
	}

}
