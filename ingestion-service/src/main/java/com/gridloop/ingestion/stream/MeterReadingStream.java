package com.gridloop.ingestion.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.gridloop.common.event.Topics;
import com.gridloop.common.task.TaskExecutors;
import com.gridloop.ingestion.batch.BatchService;
import com.gridloop.ingestion.batch.BatchStatus;
import com.gridloop.ingestion.batch.BatchView;
import com.gridloop.ingestion.batch.Source;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Interval readings streamed by the metering head-end on {@link Topics#METER_READINGS},
 * one JSON object per message, gathered into batches of the readings source: a batch
 * closes at {@code max-records} messages or when its first message is {@code max-age}
 * old, goes through the same validation, quarantine, quality and facts as an uploaded
 * file (its name gives the partitions and offsets it holds), and only then are the
 * offsets committed. A batch that fails is read again from its first offset after
 * {@code retry-after}, doubled after each failure in a row up to {@code max-retry-after}
 * (an {@link ExponentialBackOff}); a message read twice is a duplicate reading, which
 * changes nothing. A Kafka consumer is used by one thread: the loop owns one from the
 * {@code meterStream} executor from start to stop.
 */
@Component
@ConditionalOnProperty(prefix = "gridloop.ingestion.stream", name = "enabled", havingValue = "true",
		matchIfMissing = true)
class MeterReadingStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MeterReadingStream.class);

	static final String GROUP = "gridloop-ingestion-meter-stream";

	private final ConsumerFactory<String, String> consumers;

	private final BatchService batches;

	private final StreamProperties properties;

	private final Counter messages;

	private final Counter failures;

	private final AsyncTaskExecutor thread;

	private final ExponentialBackOff backOff;

	private volatile boolean running;

	/** Counted down by {@link #stop()}, which cuts a pause short. */
	private volatile CountDownLatch stopping = new CountDownLatch(0);

	private volatile Consumer<String, String> consumer;

	private Future<?> loop;

	/** The pauses since the last stored batch; used on the loop's thread only. */
	private BackOffExecution retries;

	/**
	 * The open batch: its messages as JSON lines, and the next offset of each partition
	 * in it.
	 */
	private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 20);

	private final Map<TopicPartition, long[]> offsets = new TreeMap<>(
			Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));

	private int pendingCount;

	private long openedAt;

	MeterReadingStream(ConsumerFactory<String, String> consumers, BatchService batches, StreamProperties properties,
			MeterRegistry meters, @Qualifier("meterStream") AsyncTaskExecutor thread) {
		this.consumers = consumers;
		this.batches = batches;
		this.properties = properties;
		this.thread = thread;
		this.backOff = new ExponentialBackOff(properties.retryAfter().toMillis(), 2);
		this.backOff
			.setMaxInterval(Math.max(properties.retryAfter().toMillis(), properties.maxRetryAfter().toMillis()));
		this.messages = Counter.builder("gridloop.stream.messages")
			.description("Meter reading messages read from the streaming topic")
			.register(meters);
		this.failures = Counter.builder("gridloop.stream.batch.failures")
			.description("Streamed batches whose ingestion failed and will be read again")
			.register(meters);
	}

	/** The consumer loop's thread, a new one at each start. */
	@Bean
	static SimpleAsyncTaskExecutor meterStream() {
		return TaskExecutors.threadPerTask("meter-stream");
	}

	@Override
	public void start() {
		this.stopping = new CountDownLatch(1);
		this.running = true;
		this.loop = this.thread.submit(this::run);
	}

	/** Wakes the consumer up (or cuts its pause short) and waits for the loop to end. */
	@Override
	public void stop() {
		this.running = false;
		this.stopping.countDown();
		Consumer<String, String> c = this.consumer;
		if (c != null) {
			c.wakeup();
		}
		if (this.loop != null) {
			try {
				this.loop.get(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn("The meter reading stream did not end cleanly: {}", ex.toString());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stops before the web server and the batch worker, starts after them.
		return Integer.MAX_VALUE - 100;
	}

	private void run() {
		this.retries = this.backOff.start();
		while (this.running) {
			try (Consumer<String, String> c = this.consumers.createConsumer(GROUP, "meter-stream")) {
				this.consumer = c;
				c.subscribe(List.of(Topics.METER_READINGS), new ConsumerRebalanceListener() {
					@Override
					public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
						// Another replica takes these partitions over: hand it committed
						// offsets.
						if (MeterReadingStream.this.pendingCount > 0) {
							close(c);
						}
					}

					@Override
					public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
					}
				});
				poll(c);
			}
			catch (WakeupException ex) {
				// stop() asked the consumer to leave its poll.
			}
			catch (RuntimeException ex) {
				long pause = nextPause();
				log.error("Meter reading stream stopped by an error; starting again in {} ms", pause, ex);
				discard();
				pause(pause);
			}
			finally {
				this.consumer = null;
			}
		}
	}

	private void poll(Consumer<String, String> c) {
		while (this.running) {
			for (ConsumerRecord<String, String> r : c.poll(Duration.ofSeconds(1))) {
				add(r);
			}
			if (this.pendingCount >= this.properties.maxRecords() || (this.pendingCount > 0
					&& System.nanoTime() - this.openedAt >= this.properties.maxAge().toNanos())) {
				close(c);
			}
		}
	}

	private void add(ConsumerRecord<String, String> r) {
		if (this.pendingCount == 0) {
			this.openedAt = System.nanoTime();
		}
		String value = r.value() == null ? "" : r.value();
		// One message, one line: line breaks inside a message are white space to JSON.
		byte[] line = value.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
		this.pending.write(line, 0, line.length);
		this.pending.write('\n');
		this.pendingCount++;
		this.messages.increment();
		this.offsets.computeIfAbsent(new TopicPartition(r.topic(), r.partition()),
				k -> new long[] { r.offset(), 0 })[1] = r.offset() + 1;
	}

	/**
	 * Ingests the open batch; commits its offsets when it is stored, rewinds to its first
	 * offsets when not.
	 */
	private void close(Consumer<String, String> c) {
		String name = name();
		BatchView batch = this.batches.receive(Source.READINGS, name, StandardCharsets.UTF_8, this.properties.profile(),
				new ByteArrayInputStream(this.pending.toByteArray()), true);
		if (batch.status() == BatchStatus.COMPLETED || batch.status() == BatchStatus.DUPLICATE) {
			Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
			this.offsets.forEach((tp, range) -> commit.put(tp, new OffsetAndMetadata(range[1], "batch " + batch.id())));
			c.commitSync(commit);
			log.info("Streamed batch {} ({}): {} messages, {} accepted, {} quarantined", batch.id(), name,
					this.pendingCount, batch.accepted(), batch.quarantined());
			discard();
			this.retries = this.backOff.start();
			return;
		}
		this.failures.increment();
		long pause = nextPause();
		log.error("Streamed batch {} ({}) {}: {}; reading it again in {} ms", batch.id(), name, batch.status(),
				batch.error(), pause);
		this.offsets.forEach((tp, range) -> c.seek(tp, range[0]));
		discard();
		pause(pause);
	}

	/**
	 * {@code kafka gridloop.source.meter-readings p0@10-509 p3@0-99}: where the batch's
	 * messages came from.
	 */
	private String name() {
		StringBuilder b = new StringBuilder("kafka ").append(Topics.METER_READINGS);
		this.offsets.forEach((tp, range) -> b.append(' ')
			.append('p')
			.append(tp.partition())
			.append('@')
			.append(range[0])
			.append('-')
			.append(range[1] - 1));
		return b.toString();
	}

	private void discard() {
		this.pending.reset();
		this.offsets.clear();
		this.pendingCount = 0;
	}

	private long nextPause() {
		long next = this.retries.nextBackOff();
		return next == BackOffExecution.STOP ? this.backOff.getMaxInterval() : next;
	}

	/** Waits before the next attempt; {@link #stop()} ends the wait at once. */
	private void pause(long millis) {
		try {
			this.stopping.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
