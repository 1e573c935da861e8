package com.gridloop.strategy.learning;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.strategy.StrategyIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results flow back: after a campaign in which the audit converted a segment and PV did
 * not, the next campaign offers that segment the audit, although PV quotes the larger
 * benefit and ranked first before any evidence.
 */
@StrategyIntegrationTest
class LearningLoopTest {

	private static final String SEGMENT = "LEARN_SEGMENT";

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void anOfferThatConvertedASegmentIsRankedFirstForItNextTime() {
		TestHttp http = new TestHttp(this.port);
		// Factories with daytime load: PV quotes about 81,000 yuan a year, the audit 8 %
		// of a 210,000 yuan bill, 16,800.
		for (int i = 0; i < 60; i++) {
			Map<String, Object> tags = new LinkedHashMap<>();
			tags.put("category", "GENERAL_CI");
			tags.put("tariff_code", "HB-CI-SP-10KV");
			tags.put("annual_kwh", 300_000.0);
			tags.put("annual_revenue", 210_000.0);
			tags.put("peak_share", 0.3);
			tags.put("valley_share", 0.3);
			tags.put("daily_kwh_cv", 0.2);
			tags.put("max_demand_kw", 120.0);
			snapshot("learn-" + i, tags);
		}
		TestKafka.await(Duration.ofSeconds(30), "tag snapshots", () -> this.jdbc
			.queryForObject("select count(*) from customer_tags where customer_id like 'learn-%'", Long.class) == 60);

		Map<String, Long> before = offers(launch(http, "before"));
		// Thompson sampling on the priors alone gives PV about 72 % of the customers.
		assertThat(before.getOrDefault("PV_STORAGE", 0L)).as("PV ranks first on its prior")
			.isGreaterThan(30)
			.isGreaterThan(before.getOrDefault("EFFICIENCY_AUDIT", 0L));

		String evaluated = UUID.randomUUID().toString();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("campaignId", evaluated);
		result.put("cells", List.of(cell("EFFICIENCY_AUDIT", 200, 60), cell("PV_STORAGE", 200, 0)));
		this.kafka.send(Topics.EVALUATIONS, evaluated,
				this.codec.encode(this.codec.wrap(Events.CAMPAIGN_EVALUATED, evaluated, result)));
		TestKafka.await(Duration.ofSeconds(30), "the evidence",
				() -> this.jdbc.queryForObject("select count(*) from learning_evidence where campaign_id = ?::uuid",
						Long.class, evaluated) == 2);

		JsonNode estimates = this.json.readTree(http.get("/api/v1/learning", "analyst", "analyst-pw").body());
		double audit = mean(estimates, "EFFICIENCY_AUDIT");
		double pv = mean(estimates, "PV_STORAGE");
		assertThat(audit).isGreaterThan(0.25).isLessThan(0.35);
		assertThat(pv).isLessThan(0.01);

		Map<String, Long> after = offers(launch(http, "after"));
		assertThat(after.getOrDefault("EFFICIENCY_AUDIT", 0L)).as("the audit converted this segment").isGreaterThan(50);

		// The same evidence published again (a newer result of the same campaign) counts
		// once.
		this.kafka.send(Topics.EVALUATIONS, evaluated,
				this.codec.encode(this.codec.wrap(Events.CAMPAIGN_EVALUATED, evaluated, result)));
		TestKafka.await(Duration.ofSeconds(30), "the repeated result",
				() -> this.jdbc.queryForObject(
						"select count(*) from campaign_result where campaign_id = ?::uuid and evaluated_at > ?",
						Long.class, evaluated, java.sql.Timestamp.from(Instant.now().minusSeconds(60))) == 1);
		JsonNode again = this.json.readTree(http.get("/api/v1/learning", "analyst", "analyst-pw").body());
		assertThat(cellTreated(again, "EFFICIENCY_AUDIT")).isEqualTo(200);
	}

	private String launch(TestHttp http, String name) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("scenario", "VALUE_ADDED");
		request.put("offerCodes", List.of("EFFICIENCY_AUDIT", "PV_STORAGE"));
		request.put("audienceRule", "segment = '" + SEGMENT + "'");
		HttpResponse<String> created = http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				this.json.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get("id").asString();
		HttpResponse<String> launched = http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer", "marketer-pw",
				"{}");
		assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
		return id;
	}

	private Map<String, Long> offers(String campaignId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("select offer_code, count(*) from target where campaign_id = ?::uuid group by 1", rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		}, campaignId);
		return counts;
	}

	private static Map<String, Object> cell(String offer, long treated, long conversions) {
		return Map.of("offerCode", offer, "segment", SEGMENT, "channel", "MANAGER_VISIT", "treatment", treated,
				"treatmentConversions", conversions, "control", 50, "controlConversions", 1);
	}

	private static double mean(JsonNode estimates, String offer) {
		return find(estimates, offer).get("mean").asDouble();
	}

	private static long cellTreated(JsonNode estimates, String offer) {
		return find(estimates, offer).get("treated").asLong();
	}

	private static JsonNode find(JsonNode estimates, String offer) {
		return estimates.valueStream()
			.filter(e -> e.get("offerCode").asString().equals(offer) && e.get("segment").asString().equals(SEGMENT))
			.findFirst()
			.orElseThrow();
	}

	private void snapshot(String customer, Map<String, Object> tags) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", customer);
		payload.put("computedAt", Instant.now().toString());
		payload.put("tags", tags);
		payload.put("segment", SEGMENT);
		payload.put("segmentReason", "test");
		this.kafka.send(Topics.TAG_SNAPSHOTS, customer,
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, customer, payload)));
	}

}
