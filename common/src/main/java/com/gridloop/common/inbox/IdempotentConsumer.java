package com.gridloop.common.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.MalformedEventException;
import com.gridloop.common.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles a polled batch of records exactly once per consumer: the ids of handled events
 * are inserted in the same transaction as the handler's effect, so a redelivered event is
 * skipped. When the batch fails, each record is retried alone; a record that still fails
 * for its own content goes to the topic's dead-letter topic with the error in its
 * headers. A failure of the database or broker ({@link TransientFailures}) is never
 * dead-lettered: it fails the poll, and the container's error handler pauses the consumer
 * and retries with backoff until it passes.
 */
public class IdempotentConsumer {

	private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

	/** Header naming the error of a dead-lettered record. */
	public static final String ERROR_HEADER = "gridloop-error";

	/** Header naming the consumer that dead-lettered a record. */
	public static final String CONSUMER_HEADER = "gridloop-consumer";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final EventCodec codec;

	private final KafkaTemplate<String, String> kafka;

	private final MeterRegistry meters;

	public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec,
			KafkaTemplate<String, String> kafka, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.codec = codec;
		this.kafka = kafka;
		this.meters = meters;
	}

	/**
	 * @param consumer the name this consumer records handled events under, such as
	 * {@code profile.usage}
	 * @param records what the listener polled
	 * @param handler the effect, given only events this consumer has not handled before
	 */
	public void consume(String consumer, List<ConsumerRecord<String, String>> records, EventBatchHandler handler) {
		Map<UUID, EventEnvelope> events = new LinkedHashMap<>();
		Map<UUID, ConsumerRecord<String, String>> sources = new LinkedHashMap<>();
		for (ConsumerRecord<String, String> record : records) {
			try {
				EventEnvelope envelope = this.codec.decode(record.value());
				if (events.putIfAbsent(envelope.eventId(), envelope) == null) {
					sources.put(envelope.eventId(), record);
				}
				else {
					count(consumer, "duplicate", 1);
				}
			}
			catch (MalformedEventException ex) {
				deadLetter(consumer, record, ex);
			}
		}
		if (events.isEmpty()) {
			return;
		}
		try {
			handleInTransaction(consumer, new ArrayList<>(events.values()), handler);
		}
		catch (RuntimeException batchFailure) {
			if (TransientFailures.isUnavailable(batchFailure)) {
				// The database or broker is away: fail the batch, and the container's
				// error handler pauses and retries it with backoff.
				count(consumer, "retried", events.size());
				throw batchFailure;
			}
			log.warn("{}: batch of {} failed ({}); handling its events one by one", consumer, events.size(),
					batchFailure.toString());
			for (EventEnvelope event : events.values()) {
				try {
					handleInTransaction(consumer, List.of(event), handler);
				}
				catch (RuntimeException ex) {
					if (TransientFailures.isTransient(ex)) {
						// The database, not the event, is at fault: never a dead letter.
						count(consumer, "retried", 1);
						throw ex;
					}
					deadLetter(consumer, sources.get(event.eventId()), ex);
				}
			}
		}
	}

	/**
	 * @param consumer the name this consumer records handled events under, such as
	 * {@code profile.usage}
	 * @param records what the listener polled
	 * @param routes the typed handlers, given only events this consumer has not handled
	 * before
	 */
	public void consume(String consumer, List<ConsumerRecord<String, String>> records, EventRoutes routes) {
		consume(consumer, records, routes::dispatch);
	}

	/**
	 * Consumes a batch through the routes a listener declares next to its
	 * {@code @KafkaListener}: {@code consumer.route("strategy.usage", records, routes ->
	 * routes.onPayloads(Events.USAGE_RECORDED, UsageDay.class, this::apply))}. The
	 * declaration is read once per batch, so a listener holds no routes of its own.
	 * @param consumer the name this consumer records handled events under
	 * @param records what the listener polled
	 * @param declare adds the typed handlers to empty routes
	 */
	public void route(String consumer, List<ConsumerRecord<String, String>> records,
			UnaryOperator<EventRoutes> declare) {
		consume(consumer, records, declare.apply(new EventRoutes(this.codec)));
	}

	/**
	 * Consumes a batch of a listener that takes several topics by one method: the
	 * declaration names, per topic, the consumer name and the routes; only the batch's
	 * own topic is used.
	 */
	public void routeTopics(List<ConsumerRecord<String, String>> records, UnaryOperator<TopicRoutes> declare) {
		declare.apply(new TopicRoutes(this)).consume(records);
	}

	private void handleInTransaction(String consumer, List<EventEnvelope> events, EventBatchHandler handler) {
		RuntimeException[] failure = new RuntimeException[1];
		try {
			this.tx.executeWithoutResult(status -> {
				try {
					handleAll(consumer, events, handler);
				}
				catch (RuntimeException ex) {
					failure[0] = ex;
					throw ex;
				}
			});
		}
		catch (RuntimeException ex) {
			// A rollback that fails (the connection is gone) hides the failure that
			// caused
			// it: the cause decides whether the events are at fault.
			if (failure[0] != null && ex != failure[0]) {
				failure[0].addSuppressed(ex);
				throw failure[0];
			}
			throw ex;
		}
	}

	private void handleAll(String consumer, List<EventEnvelope> events, EventBatchHandler handler) {
		Set<UUID> fresh = recordHandled(consumer, events);
		List<EventEnvelope> todo = new ArrayList<>(fresh.size());
		for (EventEnvelope e : events) {
			if (fresh.contains(e.eventId())) {
				todo.add(e);
			}
		}
		count(consumer, "duplicate", events.size() - todo.size());
		if (!todo.isEmpty()) {
			String previous = MDC.get(EventCodec.CORRELATION_ID);
			MDC.put(EventCodec.CORRELATION_ID, todo.get(0).correlationId());
			try {
				handler.handle(todo);
			}
			finally {
				restore(previous);
			}
		}
		count(consumer, "handled", todo.size());
	}

	private Set<UUID> recordHandled(String consumer, List<EventEnvelope> events) {
		UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
		List<UUID> inserted = this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					insert into processed_event (consumer, event_id)
					select ?, id from unnest(?::uuid[]) as t(id)
					on conflict do nothing returning event_id""");
			ps.setString(1, consumer);
			ps.setArray(2, con.createArrayOf("uuid", ids));
			return ps;
		}, (rs, i) -> rs.getObject(1, UUID.class));
		return new HashSet<>(inserted);
	}

	private void deadLetter(String consumer, ConsumerRecord<String, String> record, Exception error) {
		String topic = Topics.deadLetter(record.topic());
		log.error("{}: event at {}-{}@{} goes to {}: {}", consumer, record.topic(), record.partition(), record.offset(),
				topic, error.toString());
		ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), record.value());
		dead.headers().add(ERROR_HEADER, String.valueOf(error).getBytes(StandardCharsets.UTF_8));
		dead.headers().add(CONSUMER_HEADER, consumer.getBytes(StandardCharsets.UTF_8));
		dead.headers()
			.add("gridloop-source", (record.topic() + "-" + record.partition() + "@" + record.offset())
				.getBytes(StandardCharsets.UTF_8));
		try {
			// Waiting for the acknowledgement keeps the source offset uncommitted until
			// the record is safe.
			this.kafka.send(dead).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while dead-lettering", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not dead-letter a record of " + record.topic(), ex);
		}
		count(consumer, "dead-lettered", 1);
	}

	private void count(String consumer, String outcome, int n) {
		if (n > 0) {
			this.meters.counter("gridloop.events.consumed", "consumer", consumer, "outcome", outcome).increment(n);
		}
	}

	private static void restore(String previous) {
		if (previous == null) {
			MDC.remove(EventCodec.CORRELATION_ID);
		}
		else {
			MDC.put(EventCodec.CORRELATION_ID, previous);
		}
	}

}
