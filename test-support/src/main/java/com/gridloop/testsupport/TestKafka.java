package com.gridloop.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to and reads records from a test broker, the way another service would.
 */
public final class TestKafka {

	private final String bootstrap;

	public TestKafka(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/** The broker of {@link TestInfrastructure#shared()}. */
	public static TestKafka shared() {
		return new TestKafka(TestInfrastructure.shared().kafkaBootstrap());
	}

	public void send(String topic, String key, String value) {
		sendAll(topic, Map.of(key, value));
	}

	/** Sends key-value records and waits for the broker's acknowledgement of each. */
	public void sendAll(String topic, Map<String, String> records) {
		sendAll(topic, records.entrySet().stream().map(e -> new String[] { e.getKey(), e.getValue() }).toList());
	}

	/**
	 * Sends values under one key, in order, and waits for the broker's acknowledgement of
	 * each.
	 */
	public void sendValues(String topic, String key, List<String> values) {
		sendAll(topic, values.stream().map(v -> new String[] { key, v }).toList());
	}

	private void sendAll(String topic, List<String[]> records) {
		Properties p = new Properties();
		p.put("bootstrap.servers", this.bootstrap);
		p.put("linger.ms", "5");
		try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
			List<java.util.concurrent.Future<?>> acks = new ArrayList<>(records.size());
			for (String[] r : records) {
				acks.add(producer.send(new ProducerRecord<>(topic, r[0], r[1])));
			}
			producer.flush();
			for (var ack : acks) {
				ack.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/** Every record on the topic now, from the beginning. */
	public List<ConsumerRecord<String, String>> readAll(String topic) {
		Properties p = new Properties();
		p.put("bootstrap.servers", this.bootstrap);
		p.put("group.id", "test-reader-" + System.nanoTime());
		p.put("auto.offset.reset", "earliest");
		List<ConsumerRecord<String, String>> out = new ArrayList<>();
		try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(out::add);
				var assigned = consumer.assignment();
				if (!assigned.isEmpty()) {
					var ends = consumer.endOffsets(assigned);
					if (assigned.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp))) {
						break;
					}
				}
			}
		}
		return out;
	}

	/** Polls a condition until it holds or the timeout passes. */
	public static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
