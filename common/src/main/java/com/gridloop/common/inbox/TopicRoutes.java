package com.gridloop.common.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The routes of a listener that takes several topics by one method (one
 * {@code @KafkaListener} a topic, repeated on that method): per topic, the consumer name
 * its events are recorded under and the routes that handle them. Declared through
 * {@link IdempotentConsumer#routeTopics}.
 */
public final class TopicRoutes {

	private record Feed(String consumer, UnaryOperator<EventRoutes> declare) {
	}

	private final IdempotentConsumer consumer;

	private final Map<String, Feed> feeds = new HashMap<>();

	TopicRoutes(IdempotentConsumer consumer) {
		this.consumer = consumer;
	}

	/**
	 * @param consumerName the name the topic's events are recorded as handled under
	 * @param declare adds the topic's typed handlers to empty routes
	 */
	public TopicRoutes on(String topic, String consumerName, UnaryOperator<EventRoutes> declare) {
		this.feeds.put(topic, new Feed(consumerName, declare));
		return this;
	}

	/** Consumes a batch of one listener container, so of one topic. */
	void consume(List<ConsumerRecord<String, String>> records) {
		if (records.isEmpty()) {
			return;
		}
		String topic = records.get(0).topic();
		Feed feed = this.feeds.get(topic);
		if (feed == null) {
			throw new IllegalStateException("No routes for topic " + topic);
		}
		this.consumer.route(feed.consumer(), records, feed.declare());
	}

}
