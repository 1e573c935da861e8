package com.gridloop.strategy.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestKafka;

/**
 * Object mother of tag snapshots: generated households and businesses, sent to strategy
 * over Kafka as profile publishes them.
 */
final class TagSnapshots {

	static final List<String> SEGMENTS = java.util.Arrays.asList("PRICE_SENSITIVE_SHIFTABLE", "NIGHT_CHARGING",
			"STANDARD_HOUSEHOLD", null);

	/** A customer as generated: what is sent, kept for computing expectations. */
	record Customer(String id, String segment, Map<String, Object> tags) {

		Double number(String tag) {
			return (Double) this.tags.get(tag);
		}

		String text(String tag) {
			return (String) this.tags.get(tag);
		}

	}

	private final TestKafka kafka;

	private final EventCodec codec;

	TagSnapshots(TestKafka kafka, EventCodec codec) {
		this.kafka = kafka;
		this.codec = codec;
	}

	/** {@code n} customers with ids {@code <run>-<i>}, all carrying the tag test_run. */
	static List<Customer> generate(String run, int n, long seed) {
		Random random = new Random(seed);
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			boolean household = random.nextDouble() < 0.7;
			Map<String, Object> tags = new LinkedHashMap<>();
			tags.put("test_run", run);
			tags.put("category", household ? "RESIDENTIAL" : "GENERAL_CI");
			tags.put("tariff_code", household ? "HB-RES" : "HB-CI-SP-LV");
			double peak = round(0.1 + 0.5 * random.nextDouble());
			tags.put("peak_share", peak);
			tags.put("sharp_share", round(peak * 0.3));
			tags.put("valley_share", round(0.2 + 0.2 * random.nextDouble()));
			tags.put("annual_kwh", Math.round(500 + 11500 * random.nextDouble()) / 1.0);
			double status = random.nextDouble();
			if (status < 0.95) {
				tags.put("account_status", status < 0.8 ? "ACTIVE" : status < 0.9 ? "CLOSED" : "MERGED");
			}
			if (random.nextDouble() < 0.6) {
				tags.put("demand_response_kw", round(3 * random.nextDouble()));
			}
			customers.add(new Customer(run + "-" + i, SEGMENTS.get(random.nextInt(SEGMENTS.size())), tags));
		}
		return customers;
	}

	void send(Customer c) {
		send(c, Instant.now());
	}

	void send(Customer c, Instant computedAt) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", c.id());
		payload.put("computedAt", computedAt.toString());
		payload.put("tags", c.tags());
		payload.put("segment", c.segment());
		payload.put("segmentReason", c.segment() == null ? null : "generated");
		this.kafka.send(Topics.TAG_SNAPSHOTS, c.id(),
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, c.id(), payload)));
	}

	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

}
