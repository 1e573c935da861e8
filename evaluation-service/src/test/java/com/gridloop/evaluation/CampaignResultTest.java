package com.gridloop.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.evaluation.stats.BenjaminiHochberg;
import com.gridloop.evaluation.stats.ProportionComparison;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Assignments, exposures and outcomes in; the uplift with its interval and checks out,
 * published back.
 */
@EvaluationIntegrationTest
class CampaignResultTest {

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
	void conversionsPerArmGiveTheUpliftWithItsIntervalAndTheResultIsPublished() {
		String campaign = UUID.randomUUID().toString();
		send(Topics.CAMPAIGNS, Events.CAMPAIGN_LAUNCHED, campaign, Map.of("campaignId", campaign, "name", "test",
				"offerCode", "TOU_TARIFF", "controlShare", 0.2, "launchedAt", Instant.now().toString()));
		// 400 treatment with 60 conversions, 100 control with 5: planned control share
		// 0.2.
		Map<String, String> targets = new LinkedHashMap<>();
		Map<String, String> reach = new LinkedHashMap<>();
		for (int i = 0; i < 500; i++) {
			boolean treated = i < 400;
			String customer = "cust-" + i;
			targets.put(customer,
					envelope(Events.TARGET_ASSIGNED, customer,
							Map.of("campaignId", campaign, "customerId", customer, "arm",
									treated ? "TREATMENT" : "CONTROL", "channel", "SMS", "segment",
									i % 2 == 0 ? "A" : "B")));
			if (treated) {
				reach.put("d-" + customer, envelope(Events.MESSAGE_DISPATCHED, customer, Map.of("campaignId", campaign,
						"customerId", customer, "channel", "SMS", "sentAt", Instant.now().toString())));
			}
			if ((treated && i < 60) || (!treated && i < 405)) {
				reach.put("o-" + customer, envelope(Events.OUTCOME_RECORDED, customer, Map.of("campaignId", campaign,
						"customerId", customer, "outcome", "CONVERTED", "occurredAt", Instant.now().toString())));
			}
		}
		this.kafka.sendAll(Topics.TARGETS, targets);
		this.kafka.sendAll(Topics.REACH_EVENTS, reach);

		TestHttp http = new TestHttp(this.port);
		TestKafka.await(Duration.ofSeconds(30), "all data", () -> {
			var r = http.get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw");
			if (r.statusCode() != 200) {
				return false;
			}
			JsonNode n = this.json.readTree(r.body());
			return n.get("treatment").get("conversions").asLong() == 60
					&& n.get("control").get("conversions").asLong() == 5
					&& n.get("treatment").get("contacted").asLong() == 400;
		});
		JsonNode result = this.json
			.readTree(http.get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw").body());
		ProportionComparison expected = ProportionComparison.of(400, 60, 100, 5, 0.95);
		assertThat(result.get("uplift").asDouble()).isCloseTo(0.10, within(1e-9));
		assertThat(result.get("upliftCiLow").asDouble()).isCloseTo(expected.ciLow(), within(1e-9));
		assertThat(result.get("upliftCiHigh").asDouble()).isCloseTo(expected.ciHigh(), within(1e-9));
		assertThat(result.get("sampleRatioMismatch").asBoolean()).isFalse();
		// The always-valid interval is wider than the fixed one, around the same
		// estimate.
		assertThat(result.get("sequentialCiLow").asDouble()).isLessThan(expected.ciLow());
		assertThat(result.get("sequentialCiHigh").asDouble()).isGreaterThan(expected.ciHigh());
		assertThat(result.get("sequentialMethod").asString()).startsWith("mSPRT");
		assertThat(result.get("bySegment")).hasSize(2);
		// Four breakdowns (two segments, one channel, one offer): BH adjusts across them.
		JsonNode segmentA = result.get("bySegment").get(0);
		ProportionComparison a = ProportionComparison.of(200, 30, 50, 3, 0.95);
		assertThat(segmentA.get("pValue").asDouble()).isCloseTo(a.pValue(), within(1e-12));
		assertThat(segmentA.get("adjustedPValue").asDouble()).isGreaterThanOrEqualTo(a.pValue());
		assertThat(result.get("byChannel").get(0).get("adjustedPValue").asDouble())
			.isCloseTo(BenjaminiHochberg.adjust(new double[] { a.pValue(),
					result.get("bySegment").get(1).get("pValue").asDouble(), expected.pValue(), expected.pValue() })[2],
					within(1e-12));
		assertThat(result.get("byChannel").get(0).get("key").asString()).isEqualTo("SMS");
		// Strategy learns from cells; targets published without an offer count under the
		// campaign's.
		JsonNode cells = result.get("cells");
		assertThat(cells).hasSize(2);
		assertThat(cells.valueStream().map(c -> c.get("offerCode").asString())).containsOnly("TOU_TARIFF");
		assertThat(cells.valueStream().mapToLong(c -> c.get("treatment").asLong()).sum()).isEqualTo(400);
		assertThat(cells.valueStream().mapToLong(c -> c.get("treatmentConversions").asLong()).sum()).isEqualTo(60);
		assertThat(cells.valueStream().mapToLong(c -> c.get("controlConversions").asLong()).sum()).isEqualTo(5);

		TestKafka.await(Duration.ofSeconds(30), "CampaignEvaluated with every conversion",
				() -> this.kafka.readAll(Topics.EVALUATIONS)
					.stream()
					.filter(r -> campaign.equals(r.key()))
					.map(r -> this.json.readTree(r.value()).get("payload"))
					.anyMatch(p -> p.get("treatment").get("conversions").asLong() == 60
							&& p.get("control").get("conversions").asLong() == 5));
	}

	@Test
	void theCampaignsAndCountsUseCamelCaseKeys() {
		String campaign = UUID.randomUUID().toString();
		send(Topics.CAMPAIGNS, Events.CAMPAIGN_LAUNCHED, campaign, Map.of("campaignId", campaign, "name", "listed",
				"offerCode", "TOU_TARIFF", "controlShare", 0.3, "launchedAt", "2026-06-01T08:00:00Z"));
		TestKafka.await(Duration.ofSeconds(30), "the campaign",
				() -> count("select count(*) from campaign where campaign_id = ?::uuid", campaign) == 1);
		TestHttp http = new TestHttp(this.port);
		JsonNode listed = this.json.readTree(http.get("/api/v1/evaluation/campaigns", "analyst", "analyst-pw").body())
			.valueStream()
			.filter(c -> c.get("campaignId").asString().equals(campaign))
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("name").asString()).isEqualTo("listed");
		assertThat(listed.get("offerCode").asString()).isEqualTo("TOU_TARIFF");
		assertThat(listed.get("controlShare").asDouble()).isEqualTo(0.3);
		assertThat(Instant.parse(listed.get("launchedAt").asString())).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));

		JsonNode stats = this.json.readTree(http.get("/api/v1/evaluation/stats", "analyst", "analyst-pw").body());
		assertThat(stats.propertyNames()).containsExactly("campaigns", "assignments", "exposures", "outcomes",
				"results", "usageDays", "pendingRefresh");
		assertThat(stats.get("campaigns").asLong()).isPositive();
	}

	@Test
	void aBrokenSplitIsFlaggedAsSampleRatioMismatch() {
		String campaign = UUID.randomUUID().toString();
		send(Topics.CAMPAIGNS, Events.CAMPAIGN_LAUNCHED, campaign, Map.of("campaignId", campaign, "name", "srm",
				"offerCode", "TOU_TARIFF", "controlShare", 0.5, "launchedAt", Instant.now().toString()));
		Map<String, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < 1000; i++) {
			String customer = "srm-" + i;
			targets.put(customer, envelope(Events.TARGET_ASSIGNED, customer, Map.of("campaignId", campaign,
					"customerId", customer, "arm", i < 800 ? "TREATMENT" : "CONTROL", "channel", "SMS")));
		}
		this.kafka.sendAll(Topics.TARGETS, targets);
		TestKafka.await(Duration.ofSeconds(30), "assignments",
				() -> count("select count(*) from assignment where campaign_id = ?::uuid", campaign) == 1000
						&& count("select count(*) from campaign where campaign_id = ?::uuid", campaign) == 1);
		JsonNode result = this.json
			.readTree(new TestHttp(this.port).get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw")
				.body());
		assertThat(result.get("sampleRatioMismatch").asBoolean()).isTrue();
		assertThat(result.get("sampleRatioPValue").asDouble()).isLessThan(1e-6);
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
