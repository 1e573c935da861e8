package com.gridloop.strategy.campaign;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.strategy.StrategyIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns that choose among several offers: each customer gets the one the rules and
 * the expected value give them, with its quantified benefit, its triggers and a channel
 * the offer allows; value-added targets list customers like them who took the offer.
 */
@StrategyIntegrationTest
class ScenarioLaunchTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	private TestHttp http;

	@BeforeEach
	void http() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void retentionGivesEachRiskTierItsServiceActionThroughAChannelTheActionAllows() {
		for (int i = 0; i < 40; i++) {
			// HIGH: churn 0.4 (2 points) and two complaints (2).
			snapshot("risk-high-" + i, "RISKY", Map.of("churn_risk", 0.4, "complaints_12m", 2.0, "annual_revenue",
					20_000.0, "preferred_channel", "APP"));
			// MEDIUM: churn 0.2 (1) and arrears risk 0.4 (1).
			snapshot("risk-mid-" + i, "RISKY", Map.of("churn_risk", 0.2, "arrears_risk", 0.4, "complaints_12m", 0.0,
					"annual_revenue", 20_000.0, "preferred_channel", "APP"));
			// LOW: churn 0.16 (1).
			snapshot("risk-low-" + i, "RISKY", Map.of("churn_risk", 0.16, "complaints_12m", 0.0, "annual_revenue",
					20_000.0, "preferred_channel", "APP"));
		}
		awaitTags("risk-%", 120);
		String id = launch(Map.of("name", "Keep them", "scenario", "RETENTION", "audienceRule",
				"segment = 'RISKY' AND churn_risk >= 0.15"));
		List<JsonNode> targets = targets(id);
		assertThat(targets).hasSizeGreaterThan(100);
		for (JsonNode t : targets) {
			String customer = t.get("customerId").asString();
			String expected = customer.startsWith("risk-high") ? "RETENTION_DEDICATED_MANAGER"
					: customer.startsWith("risk-mid") ? "RETENTION_FAST_RESPONSE" : "RETENTION_TRANSPARENCY";
			assertThat(t.get("offerCode").asString()).as(customer).isEqualTo(expected);
			assertThat(t.get("benefitUnit").asString()).isEqualTo("yuan/year at risk");
			assertThat(t.get("triggers").toString()).contains("churn_risk=");
			// The app is the customer's preference: the transparency package may use it,
			// a dedicated manager visits.
			assertThat(t.get("channel").asString()).isEqualTo(switch (expected) {
				case "RETENTION_DEDICATED_MANAGER" -> "MANAGER_VISIT";
				default -> "APP_PUSH";
			});
			assertThat(t.get("expectedValue").asDouble()).isPositive();
		}
		JsonNode high = targets.stream()
			.filter(t -> t.get("customerId").asString().startsWith("risk-high"))
			.findFirst()
			.orElseThrow();
		assertThat(high.get("benefitYuan").asDouble()).isEqualTo(20_000 * 0.4);
		assertThat(high.get("benefitText").asString()).contains("45 minutes");
		assertThat(high.get("scheduledWeek").isNull()).isEqualTo(!"TREATMENT".equals(high.get("arm").asString()));
	}

	@Test
	void valueAddedTargetsListTheNearestCustomersWhoTookTheOffer() {
		for (int i = 0; i < 30; i++) {
			snapshot("taker-small-" + i, "TAKERS", factory(120_000 + i * 1000, 0.36));
			snapshot("taker-big-" + i, "TAKERS", factory(8_000_000 + i * 10_000, 0.45));
		}
		for (int i = 0; i < 10; i++) {
			snapshot("prospect-small-" + i, "PROSPECTS", factory(125_000 + i * 500, 0.37));
		}
		awaitTags("taker-%", 60);
		awaitTags("prospect-%", 10);
		String first = launch(Map.of("name", "Audits, first", "scenario", "VALUE_ADDED", "offerCodes",
				List.of("EFFICIENCY_AUDIT"), "audienceRule", "segment = 'TAKERS'", "controlShare", 0.0));
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (JsonNode t : targets(first)) {
			String customer = t.get("customerId").asString();
			outcomes.put(customer,
					this.codec.encode(this.codec.wrap(Events.OUTCOME_RECORDED, customer,
							Map.of("outcomeId", "o-" + customer, "campaignId", first, "customerId", customer, "outcome",
									"CONVERTED", "occurredAt", Instant.now().toString()))));
		}
		this.kafka.sendAll(Topics.REACH_EVENTS, outcomes);
		TestKafka.await(Duration.ofSeconds(30), "the takers", () -> this.jdbc.queryForObject(
				"select count(*) from offer_taker where offer_code = 'EFFICIENCY_AUDIT' and campaign_id = ?::uuid",
				Long.class, first) == outcomes.size());

		String second = launch(Map.of("name", "Audits, second", "scenario", "VALUE_ADDED", "offerCodes",
				List.of("EFFICIENCY_AUDIT"), "audienceRule", "segment = 'PROSPECTS'"));
		List<JsonNode> targets = targets(second);
		assertThat(targets).isNotEmpty();
		for (JsonNode t : targets) {
			JsonNode similar = t.get("similarCustomers");
			assertThat(similar).hasSize(5);
			similar.forEach(s -> assertThat(s.asString()).startsWith("taker-small-"));
			assertThat(t.get("investmentYuan").asDouble()).isPositive();
			assertThat(t.get("paybackYears").asDouble()).isPositive();
			assertThat(t.get("benefitUnit").asString()).isEqualTo("kWh/year");
		}
	}

	@Test
	void aCampaignRefusesAnOfferOfAnotherScenarioAndAnUnknownTag() {
		HttpResponse<String> wrong = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				"{\"name\":\"x\",\"scenario\":\"RETENTION\",\"offerCodes\":[\"PV_STORAGE\"]}");
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
		assertThat(wrong.body()).contains("VALUE_ADDED");
		HttpResponse<String> unknown = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				"{\"name\":\"x\",\"scenario\":\"RETENTION\",\"audienceRule\":\"no_such_tag > 1\"}");
		assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
		assertThat(unknown.body()).contains("no_such_tag");
		JsonNode offers = this.json.readTree(this.http.get("/api/v1/offers", "analyst", "analyst-pw").body());
		assertThat(offers.valueStream().map(o -> o.get("scenario").asString()).distinct())
			.containsExactlyInAnyOrder("ACQUISITION", "ACTIVATION", "RETENTION", "VALUE_ADDED");
	}

	private static Map<String, Object> factory(double annualKwh, double cv) {
		Map<String, Object> tags = new LinkedHashMap<>();
		tags.put("category", "GENERAL_CI");
		tags.put("annual_kwh", annualKwh);
		tags.put("annual_revenue", annualKwh * 0.7);
		tags.put("daily_kwh_cv", cv);
		tags.put("peak_share", 0.3);
		tags.put("valley_share", 0.3);
		tags.put("load_factor", 0.5);
		tags.put("max_demand_kw", annualKwh / 4000);
		return tags;
	}

	private String launch(Map<String, Object> request) {
		HttpResponse<String> created = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				this.json.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get("id").asString();
		HttpResponse<String> launched = this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer",
				"marketer-pw", "{}");
		assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
		return id;
	}

	private List<JsonNode> targets(String campaignId) {
		HttpResponse<String> page = this.http.get("/api/v1/campaigns/" + campaignId + "/targets?size=1000", "analyst",
				"analyst-pw");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return this.json.readTree(page.body()).valueStream().toList();
	}

	private void awaitTags(String pattern, long n) {
		TestKafka.await(Duration.ofSeconds(30), "tag snapshots " + pattern, () -> this.jdbc
			.queryForObject("select count(*) from customer_tags where customer_id like ?", Long.class, pattern) == n);
	}

	private void snapshot(String customer, String segment, Map<String, Object> tags) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", customer);
		payload.put("computedAt", Instant.now().toString());
		payload.put("tags", tags);
		payload.put("segment", segment);
		payload.put("segmentReason", "test");
		this.kafka.send(Topics.TAG_SNAPSHOTS, customer,
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, customer, payload)));
	}

}
