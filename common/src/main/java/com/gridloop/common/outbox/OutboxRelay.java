package com.gridloop.common.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Publishes outbox rows to Kafka in the order they were written and deletes them once
 * Kafka acknowledged them (the events live on in Kafka). One relay per service works at a
 * time (a transaction-scoped advisory lock), which keeps each key's events in order
 * across replicas. A failed send rolls the batch back for another try: consumers ignore
 * the duplicates that may follow. A row the broker refuses for good (too large, not
 * serializable, an invalid topic) is parked in {@code outbox_parked} with the reason, a
 * log line and the {@code gridloop.outbox.parked} counter, and the rest flows on.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private record Row(long id, String topic, String key, String envelope) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	private final Counter published;

	private final Counter parked;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong parkedRows = new AtomicLong();

	private volatile boolean running;

	private volatile ThreadPoolTaskScheduler scheduler;

	/**
	 * Pauses after failed passes: the poll interval doubling up to 10 s, for as long as
	 * failures last.
	 */
	private final ExponentialBackOff backOff;

	private BackOffExecution failures;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
			OutboxProperties properties, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.kafka = kafka;
		this.properties = properties;
		this.backOff = new ExponentialBackOff(properties.pollInterval().toMillis(), 2);
		this.backOff.setMaxInterval(10_000);
		this.published = Counter.builder("gridloop.outbox.published")
			.description("Events relayed to Kafka")
			.register(meters);
		this.parked = Counter.builder("gridloop.outbox.parked")
			.description("Events the broker refused for good, moved to outbox_parked")
			.register(meters);
		Gauge.builder("gridloop.outbox.pending", this.pending, AtomicLong::get)
			.description("Outbox events not yet published, as of the last relay pass")
			.register(meters);
		Gauge.builder("gridloop.outbox.parked.rows", this.parkedRows, AtomicLong::get)
			.description("Rows in outbox_parked, as of the last relay pass")
			.register(meters);
	}

	/**
	 * Publishes one batch; rows the broker refuses for good are parked in
	 * {@code outbox_parked} so that the rows behind them flow on.
	 * @return how many events were published or parked (0 when there was nothing to do or
	 * another replica holds the lock)
	 */
	public int relayOnce() {
		int[] count = this.tx.execute(status -> {
			Boolean locked = this.jdbc.queryForObject(
					"select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_relay'))", Boolean.class);
			if (!Boolean.TRUE.equals(locked)) {
				return null;
			}
			List<Row> rows = this.jdbc.query("""
					select id, topic, event_key, envelope from outbox_event
					order by id limit ?""",
					(rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
					this.properties.batchSize());
			if (rows.isEmpty()) {
				return null;
			}
			Map<Row, String> refused = send(rows);
			refused.forEach(this::park);
			Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
			// Deleting costs less than marking: an update would write every event a
			// second time.
			this.jdbc.update(con -> {
				var ps = con.prepareStatement("delete from outbox_event where id = any(?)");
				ps.setArray(1, con.createArrayOf("bigint", ids));
				return ps;
			});
			return new int[] { rows.size(), refused.size() };
		});
		if (count == null) {
			return 0;
		}
		this.published.increment(count[0] - count[1]);
		return count[0];
	}

	/**
	 * Sends the rows and waits for every acknowledgement.
	 * @return the rows the broker refused for good, with the reason
	 * @throws IllegalStateException when a row failed for a reason that may pass (the
	 * batch is tried again)
	 */
	private Map<Row, String> send(List<Row> rows) {
		List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
		for (Row row : rows) {
			try {
				acks.add(this.kafka.send(row.topic(), row.key(), row.envelope()));
			}
			catch (RuntimeException ex) {
				// Serialization and topic errors can come before the record is queued.
				acks.add(CompletableFuture.failedFuture(ex));
			}
		}
		this.kafka.flush();
		long deadline = System.nanoTime() + this.properties.sendTimeout().toNanos();
		Map<Row, String> refused = new LinkedHashMap<>();
		Throwable retry = null;
		for (int i = 0; i < rows.size(); i++) {
			try {
				acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while publishing the outbox", ex);
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("Kafka did not acknowledge an outbox batch in time", ex);
			}
			catch (ExecutionException ex) {
				String reason = PermanentRefusals.reason(ex.getCause());
				if (reason != null) {
					refused.put(rows.get(i), reason);
				}
				else if (retry == null) {
					retry = ex.getCause();
				}
			}
		}
		if (retry != null) {
			throw new IllegalStateException("Kafka did not acknowledge an outbox batch", retry);
		}
		return refused;
	}

	/** Moves a refused row to {@code outbox_parked}, in the relay's transaction. */
	private void park(Row row, String reason) {
		this.jdbc.update(
				"""
						insert into outbox_parked (id, event_id, topic, event_key, event_type, envelope, created_at, reason)
						select id, event_id, topic, event_key, event_type, envelope, created_at, ? from outbox_event where id = ?
						on conflict (id) do nothing""",
				reason, row.id());
		this.parked.increment();
		log.error("Outbox event {} ({} bytes) for {} key {} refused by Kafka for good and parked in outbox_parked: {}",
				row.id(), row.envelope().length(), row.topic(), row.key(), reason);
	}

	/**
	 * Count of events written but not yet published; also refreshes the count of parked
	 * ones.
	 */
	public long pending() {
		Long n = this.jdbc.queryForObject("select count(*) from outbox_event", Long.class);
		Long p = this.jdbc.queryForObject("select count(*) from outbox_parked", Long.class);
		this.pending.set(n == null ? 0 : n);
		this.parkedRows.set(p == null ? 0 : p);
		return this.pending.get();
	}

	/**
	 * One pass: relays full batches back to back, then looks again after the poll
	 * interval; after a failure, after an exponentially growing pause (the poll interval
	 * doubling up to 10 s).
	 */
	private void pass(ThreadPoolTaskScheduler owner) {
		// A pass of a scheduler stopped since (stop, then start) ends its chain instead
		// of running beside the new one.
		if (!this.running || owner != this.scheduler) {
			return;
		}
		long delayMillis = this.properties.pollInterval().toMillis();
		try {
			int n;
			do {
				n = relayOnce();
			}
			while (n >= this.properties.batchSize() && this.running);
			pending();
			this.failures = null;
		}
		catch (Throwable ex) {
			if (this.failures == null) {
				this.failures = this.backOff.start();
			}
			delayMillis = this.failures.nextBackOff();
			log.warn("Outbox relay pass failed, retrying in {} ms: {}", delayMillis, ex.toString());
			refreshPendingQuietly();
			if (ex instanceof Error error && !(ex instanceof LinkageError)) {
				reschedule(owner, delayMillis);
				throw error;
			}
		}
		reschedule(owner, delayMillis);
	}

	private void reschedule(ThreadPoolTaskScheduler owner, long delayMillis) {
		if (this.running && owner == this.scheduler) {
			owner.schedule(() -> pass(owner), Instant.now().plusMillis(delayMillis));
		}
	}

	/**
	 * Keeps the pending gauge true while publishing fails, as far as the database still
	 * answers.
	 */
	private void refreshPendingQuietly() {
		try {
			pending();
		}
		catch (RuntimeException ex) {
			log.debug("Outbox pending count not refreshed: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		ThreadPoolTaskScheduler next = new ThreadPoolTaskScheduler();
		next.setThreadNamePrefix("outbox-relay-");
		next.setDaemon(true);
		next.setWaitForTasksToCompleteOnShutdown(true);
		next.setAwaitTerminationSeconds(5);
		next.initialize();
		this.scheduler = next;
		this.failures = null;
		this.running = true;
		next.execute(() -> pass(next));
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		ThreadPoolTaskScheduler current = this.scheduler;
		this.scheduler = null;
		if (current != null) {
			current.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

}
