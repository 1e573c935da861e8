package com.gridloop.common.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import com.gridloop.common.web.Problems;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a topic's dead letters that this service's consumers wrote back to the topic,
 * after the cause was fixed. Replaying is idempotent: every consumer's inbox skips an
 * event it has handled already, so a consumer that handled the event before sees nothing
 * new. The service's own consumer group on the dead-letter topic remembers how far it
 * replayed, so the next replay takes only dead letters written since (including events
 * that failed again).
 */
public class DeadLetterReplay {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	/** Header of a replayed record: the dead-letter record it came from. */
	public static final String REPLAYED_FROM_HEADER = "gridloop-replayed-from";

	private static final Duration LIMIT = Duration.ofMinutes(2);

	/** What one replay did. */
	public record Replay(String topic, String deadLetterTopic, int read, int replayed) {
	}

	private final ConsumerFactory<String, String> consumers;

	private final KafkaTemplate<String, String> kafka;

	private final String service;

	public DeadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
			String service) {
		this.consumers = consumers;
		this.kafka = kafka;
		this.service = service;
	}

	/**
	 * Replays the dead letters of {@code topic} that this service's consumers wrote and
	 * no earlier replay took.
	 */
	public synchronized Replay replay(String topic) {
		if (!Topics.ALL.contains(topic)) {
			throw Problems.notFound("Topic", topic);
		}
		String deadLetters = Topics.deadLetter(topic);
		Properties props = new Properties();
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
		int read = 0;
		List<CompletableFuture<?>> acks = new ArrayList<>();
		try (Consumer<String, String> consumer = this.consumers.createConsumer(this.service + ".dead-letter-replay",
				null, "-replay", props)) {
			List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(30))
				.stream()
				.map(p -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(partitions);
			// Only what is there now: dead letters written during the replay wait for the
			// next one.
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + LIMIT.toNanos();
			while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
						continue;
					}
					read++;
					if (ownedHere(record)) {
						ProducerRecord<String, String> again = new ProducerRecord<>(topic, record.key(),
								record.value());
						again.headers()
							.add(REPLAYED_FROM_HEADER,
									(record.topic() + "-" + record.partition() + "@" + record.offset())
										.getBytes(StandardCharsets.UTF_8));
						acks.add(this.kafka.send(again));
					}
				}
			}
			await(acks);
			Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
			for (TopicPartition p : partitions) {
				done.put(p, new OffsetAndMetadata(Math.min(consumer.position(p), ends.get(p))));
			}
			consumer.commitSync(done);
		}
		log.info("Replayed {} of {} dead letters of {} to {}", acks.size(), read, deadLetters, topic);
		return new Replay(topic, deadLetters, read, acks.size());
	}

	private static boolean caughtUp(Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
	}

	/** Dead-lettered by one of this service's consumers ({@code profile.usage}, ...). */
	private boolean ownedHere(ConsumerRecord<String, String> record) {
		Header consumer = record.headers().lastHeader(IdempotentConsumer.CONSUMER_HEADER);
		return consumer != null && new String(consumer.value(), StandardCharsets.UTF_8).startsWith(this.service + ".");
	}

	private static void await(List<CompletableFuture<?>> acks) {
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while replaying dead letters", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka did not take the replayed dead letters; nothing was committed", ex);
		}
	}

}
