package com.gridloop.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results refresh as outcomes and usage arrive, each change published once and an
 * unchanged result not at all; the kWh shift counts from the day strategy says the
 * campaign starts on.
 */
@EvaluationIntegrationTest
class ResultRefreshTest {

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void eachChangeIsPublishedOnceAndAnUnchangedResultNotAgain() {
		String campaign = UUID.randomUUID().toString();
		String prefix = "rr-" + campaign.substring(0, 8) + "-";
		// Launched now, but measured from 1 June: the usage around 1 June makes the
		// shift.
		send(Topics.CAMPAIGNS, Events.CAMPAIGN_LAUNCHED, campaign,
				Map.of("campaignId", campaign, "name", "refresh", "offerCode", "TOU_TARIFF", "controlShare", 0.5,
						"launchedAt", Instant.now().toString(), "startsOn", "2026-06-01"));
		Map<String, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			String customer = prefix + i;
			targets.put(customer, envelope(Events.TARGET_ASSIGNED, customer, Map.of("campaignId", campaign,
					"customerId", customer, "arm", i < 3 ? "TREATMENT" : "CONTROL", "channel", "SMS")));
		}
		this.kafka.sendAll(Topics.TARGETS, targets);
		TestKafka.await(Duration.ofSeconds(30), "assignments",
				() -> count("select count(*) from assignment where campaign_id = ?::uuid", campaign) == 6);
		// Peak kWh: 4 + i before, then 0, 0.1 or 0.2 more, and 1 less in treatment.
		Map<String, String> usage = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			usage.put(prefix + i + "|pre", usage(prefix + i, LocalDate.of(2026, 5, 30), 4 + i));
			usage.put(prefix + i + "|post", usage(prefix + i, LocalDate.of(2026, 6, 2), post(i)));
		}
		this.kafka.sendAll(Topics.USAGE_DAILY, usage);
		outcome(campaign, prefix + 0);
		TestKafka.await(Duration.ofSeconds(60), "the result with the conversion and the shift",
				() -> published(campaign).stream()
					.anyMatch(p -> p.get("treatment").get("conversions").asLong() == 1 && p.hasNonNull("loadShift")
							&& p.get("loadShift").get("treatment").asLong() == 3));
		JsonNode shift = last(campaign).get("loadShift").get("peakKwhPerDay");
		// (-1 + 0.1) - 0.1: treatment moved 1 kWh a day out of the peak.
		assertThat(shift.get("differenceInDifferences").get("difference").asDouble()).isCloseTo(-1.0,
				org.assertj.core.api.Assertions.within(1e-9));
		settle(campaign);
		int before = published(campaign).size();

		// The same day again, in a new event: the campaign is recomputed, nothing
		// changed, nothing is published.
		String again = usage(prefix + 5, LocalDate.of(2026, 6, 2), post(5));
		this.kafka.send(Topics.USAGE_DAILY, prefix + 5, again);
		TestKafka.await(Duration.ofSeconds(30), "the day kept again", () -> count(
				"select count(*) from processed_event where consumer = 'evaluation.usage' and event_id = ?::uuid",
				this.json.readTree(again).get("eventId").asString()) == 1);
		settle(campaign);
		assertThat(published(campaign)).hasSize(before);

		// A new conversion: exactly one new result.
		outcome(campaign, prefix + 1);
		TestKafka.await(Duration.ofSeconds(30), "the second conversion published",
				() -> last(campaign).get("treatment").get("conversions").asLong() == 2);
		settle(campaign);
		assertThat(published(campaign)).hasSize(before + 1);
	}

	/** Waits until nothing about the campaign is left to compute or to relay. */
	private void settle(String campaign) {
		TestKafka.await(Duration.ofSeconds(30), "refresh and relay done",
				() -> count("select count(*) from stale_campaign where campaign_id = ?::uuid", campaign) == 0
						&& count("select count(*) from outbox_event where event_key = ?", campaign) == 0);
	}

	private JsonNode last(String campaign) {
		List<JsonNode> all = published(campaign);
		return all.get(all.size() - 1);
	}

	private List<JsonNode> published(String campaign) {
		return this.kafka.readAll(Topics.EVALUATIONS)
			.stream()
			.filter(r -> campaign.equals(r.key()))
			.map(r -> this.json.readTree(r.value()).get("payload"))
			.toList();
	}

	private void outcome(String campaign, String customer) {
		send(Topics.REACH_EVENTS, Events.OUTCOME_RECORDED, customer, Map.of("campaignId", campaign, "customerId",
				customer, "outcome", "CONVERTED", "occurredAt", Instant.now().toString()));
	}

	private static double post(int i) {
		return 4 + i + 0.1 * (i % 3) - (i < 3 ? 1 : 0);
	}

	private String usage(String customer, LocalDate day, double peak) {
		return envelope(Events.USAGE_RECORDED, customer, Map.of("customerId", customer, "day", day.toString(), "kwh",
				peak + 10, "sharpKwh", 0.0, "peakKwh", peak, "flatKwh", 10.0, "valleyKwh", 0.0));
	}

	private void send(String topic, EventType type, String key, Map<String, Object> payload) {
		this.kafka.send(topic, key, envelope(type, key, payload));
	}

	private String envelope(EventType type, String key, Map<String, Object> payload) {
		return this.codec.encode(this.codec.wrap(type, key, payload));
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

}
