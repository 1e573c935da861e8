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
import static org.assertj.core.api.Assertions.within;

/** Tag snapshots in, a priced and split target list out, over REST and Kafka. */
@StrategyIntegrationTest
class CampaignLaunchTest {

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
	void snapshots() {
		this.http = new TestHttp(this.port);
		// Night-heavy households save on time-of-use; an evening-heavy one does not; a
		// factory is not residential.
		for (int i = 0; i < 200; i++) {
			snapshot("saver-" + i, Map.of("category", "RESIDENTIAL", "tariff_code", "HB-RES", "annual_kwh", 7000.0,
					"peak_share", 0.2, "sharp_share", 0.1, "valley_share", 0.6));
		}
		snapshot("spender", Map.of("category", "RESIDENTIAL", "tariff_code", "HB-RES", "annual_kwh", 3000.0,
				"peak_share", 0.42, "sharp_share", 0.16, "valley_share", 0.36));
		snapshot("factory", Map.of("category", "LARGE_INDUSTRIAL", "tariff_code", "HB-CI-TP-10KV", "annual_kwh", 5e6,
				"peak_share", 0.33, "sharp_share", 0.08, "valley_share", 0.6));
		// Night-heavy too, but a closed account and a customer merged into another: not
		// marketed to.
		for (String status : List.of("CLOSED", "MERGED")) {
			snapshot("gone-" + status, Map.of("category", "RESIDENTIAL", "tariff_code", "HB-RES", "annual_kwh", 7000.0,
					"peak_share", 0.2, "sharp_share", 0.1, "valley_share", 0.6, "account_status", status));
		}
		TestKafka.await(Duration.ofSeconds(30), "tag snapshots", () -> count(
				"select count(*) from customer_tags where customer_id like 'saver-%' or customer_id like 'gone-%'"
						+ " or customer_id in ('spender', 'factory')") == 204);
	}

	@Test
	void launchBuildsAPricedTargetListSplitByHashAndPublishesIt() {
		JsonNode campaign = create(Map.of("name", "ToU for night-heavy households", "scenario", "ACTIVATION",
				"offerCode", "TOU_TARIFF", "channel", "SMS", "controlShare", 0.2, "fallbackHours", 24, "audience",
				List.of(Map.of("tag", "category", "op", "EQ", "value", "RESIDENTIAL"),
						Map.of("tag", "valley_share", "op", "GE", "value", "0.35"))));
		String id = campaign.get("id").asString();
		assertThat(campaign.get("fallbackHours").asInt()).isEqualTo(24);
		HttpResponse<String> launch = this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer",
				"marketer-pw", "{}");
		assertThat(launch.statusCode()).as(launch.body()).isEqualTo(200);
		JsonNode launched = this.json.readTree(launch.body());
		assertThat(launched.get("status").asString()).isEqualTo("LAUNCHED");
		// The quarter's global holdout leaves about 5 % of the savers out, counted.
		int heldOut = launched.get("holdoutGlobal").asInt();
		assertThat(launched.get("targets").asInt() + heldOut).isEqualTo(200);
		assertThat(heldOut).isBetween(1, 30);
		assertThat(this.jdbc.queryForObject("select count(*) from holdout_member where campaign_id = ?::uuid",
				Integer.class, id))
			.isEqualTo(heldOut);
		assertThat(launched.get("excluded").asInt()).as("the spender saves nothing; two accounts are gone")
			.isEqualTo(3);
		long control = launched.get("control").asLong();
		for (int i = 0; i < 200; i++) {
			String customer = "saver-" + i;
			List<String> arm = this.jdbc.queryForList(
					"select arm from target where campaign_id = ?::uuid and customer_id = ?", String.class, id,
					customer);
			boolean held = GlobalHoldout.heldOut(customer, java.time.LocalDate.now(CampaignService.CHINA), 0.05);
			assertThat(arm).isEqualTo(held ? List.of() : List.of(Holdout.arm(customer, id, 0.2).name()));
		}
		assertThat(control).isBetween(20L, 60L);

		JsonNode targets = this.json
			.readTree(this.http.get("/api/v1/campaigns/" + id + "/targets?size=5", "analyst", "analyst-pw").body());
		JsonNode first = targets.get(0);
		assertThat(first.get("priority").asInt()).isEqualTo(1);
		double saving = 7000 * 0.558 - (700 * 0.78 + 700 * 0.68 + 1400 * 0.58 + 4200 * 0.43);
		double shifted = 1400 * 0.10 * 0.43 + 700 * 0.9 * 0.78 + 700 * 0.9 * 0.68 + 1400 * 0.58 + 4200 * 0.43;
		assertThat(first.get("benefitYuan").asDouble()).isCloseTo(7000 * 0.558 - shifted, within(0.01))
			.isGreaterThan(saving);
		assertThat(first.get("reason").asString()).contains("category RESIDENTIAL = RESIDENTIAL")
			.contains("valley_share 0.600 ≥ 0.35");

		TestKafka.await(Duration.ofSeconds(30), "targets and the launch on Kafka",
				() -> assigned(id) == 200 - heldOut && launchedEvents(id) == 1);
		// Reach follows up an unanswered message after the campaign's hours.
		assertThat(this.kafka.readAll(Topics.TARGETS)
			.stream()
			.map(r -> this.json.readTree(r.value()).get("payload"))
			.filter(p -> p.get("campaignId").asString().equals(id))
			.map(p -> p.get("fallbackHours").asInt())).hasSize(200 - heldOut).containsOnly(24);
	}

	@Test
	void theTargetListIsReadPageByPageAfterTheLastTargetRead() {
		JsonNode campaign = create(Map.of("name", "Paged", "scenario", "ACTIVATION", "offerCode", "TOU_TARIFF",
				"controlShare", 0.2, "audience", List.of(Map.of("tag", "valley_share", "op", "GE", "value", "0.5"),
						Map.of("tag", "category", "op", "EQ", "value", "RESIDENTIAL"))));
		String id = campaign.get("id").asString();
		JsonNode launched = this.json.readTree(
				this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer", "marketer-pw", "{}").body());
		List<String> expected = this.jdbc.queryForList(
				"select customer_id from target where campaign_id = ?::uuid order by priority, customer_id",
				String.class, id);
		assertThat(expected).hasSize(launched.get("targets").asInt()).hasSizeGreaterThan(7);

		assertThat(readAll(id, "")).containsExactlyElementsOf(expected);
		assertThat(readAll(id, "&arm=CONTROL")).hasSize(launched.get("control").asInt());
		assertThat(
				this.http.get("/api/v1/campaigns/" + id + "/targets?after=first", "analyst", "analyst-pw").statusCode())
			.isEqualTo(400);

		JsonNode stats = this.json.readTree(this.http.get("/api/v1/strategy/stats", "analyst", "analyst-pw").body());
		assertThat(stats.propertyNames()).containsExactly("customersWithTags", "campaigns", "targets", "results");
		assertThat(stats.get("targets").asLong()).isGreaterThanOrEqualTo(expected.size());
	}

	@Test
	void aCampaignLaunchesOnceAndBadRequestsAreProblemDetails() {
		JsonNode campaign = create(
				Map.of("name", "Once", "scenario", "ACTIVATION", "offerCode", "TOU_TARIFF", "audience", List.of()));
		String id = campaign.get("id").asString();
		assertThat(campaign.get("controlShare").asDouble()).isEqualTo(0.10);
		assertThat(
				this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer", "marketer-pw", "{}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> again = this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer",
				"marketer-pw", "{}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		HttpResponse<String> invalid = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				"{\"scenario\":\"ACTIVATION\",\"offerCode\":\"TOU_TARIFF\",\"audience\":[],\"controlShare\":0.9}");
		assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
		JsonNode problem = this.json.readTree(invalid.body());
		assertThat(problem.path("errors").toString()).as(invalid.body()).contains("name").contains("controlShare");

		HttpResponse<String> unknownOffer = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				"{\"name\":\"x\",\"scenario\":\"ACTIVATION\",\"offerCode\":\"FREE_LUNCH\",\"audience\":[]}");
		assertThat(unknownOffer.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(unknownOffer.body()).get("detail").asString()).contains("TOU_TARIFF");

		assertThat(this.http
			.postJson("/api/v1/campaigns", "analyst", "analyst-pw",
					"{\"name\":\"x\",\"scenario\":\"ACTIVATION\",\"offerCode\":\"TOU_TARIFF\",\"audience\":[]}")
			.statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/campaigns/00000000-0000-0000-0000-000000000000", "analyst", "analyst-pw")
			.statusCode()).isEqualTo(404);
	}

	/**
	 * The draft quotes the power of its conversion comparison on its audience less the
	 * global holdout, with the offer's prior rate as baseline; the launched campaign on
	 * its targets. A start day before the launch goes out with the launch.
	 */
	@Test
	void aDraftShowsItsPowerAndItsStartDayGoesOutWithTheLaunch() {
		String rule = "category = 'RESIDENTIAL' AND valley_share >= 0.35";
		java.time.LocalDate startsOn = java.time.LocalDate.now(CampaignService.CHINA).minusDays(14);
		JsonNode draft = create(Map.of("name", "Powered", "scenario", "ACTIVATION", "offerCode", "TOU_TARIFF",
				"controlShare", 0.2, "audienceRule", rule, "startsOn", startsOn.toString()));
		long audience = this.json
			.readTree(
					this.http
						.postJson("/api/v1/audiences/preview", "marketer", "marketer-pw",
								this.json.writeValueAsString(Map.of("rule", rule)))
						.body())
			.get("count")
			.asLong();
		double prior = this.json.readTree(this.http.get("/api/v1/offers", "marketer", "marketer-pw").body())
			.valueStream()
			.filter(o -> o.get("code").asString().equals("TOU_TARIFF"))
			.findFirst()
			.orElseThrow()
			.get("priorRate")
			.asDouble();
		JsonNode power = draft.get("power");
		assertThat(audience).isGreaterThanOrEqualTo(200);
		assertThat(power.get("n").asLong()).isEqualTo(Math.round(audience * 0.95));
		assertThat(power.get("baseline").asDouble()).isEqualTo(prior);
		assertThat(power.get("controlShare").asDouble()).isEqualTo(0.2);
		assertThat(power.get("mdeAt80").asDouble()).isCloseTo(
				com.gridloop.common.stats.PowerAnalysis.of(prior, 0.02, 0.2, power.get("n").asLong(), 0.05).mdeAt80(),
				within(1e-12));
		assertThat(draft.get("startsOn").asString()).isEqualTo(startsOn.toString());

		String id = draft.get("id").asString();
		JsonNode launched = this.json.readTree(
				this.http.postJson("/api/v1/campaigns/" + id + "/launch", "marketer", "marketer-pw", "{}").body());
		assertThat(launched.get("power").get("n").asLong()).isEqualTo(launched.get("targets").asLong());
		TestKafka.await(Duration.ofSeconds(30), "the launch with its start day",
				() -> this.kafka.readAll(Topics.CAMPAIGNS)
					.stream()
					.filter(r -> id.equals(r.key()))
					.anyMatch(r -> startsOn.toString()
						.equals(this.json.readTree(r.value()).get("payload").path("startsOn").asString(""))));

		HttpResponse<String> future = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				this.json.writeValueAsString(Map.of("name", "Later", "scenario", "ACTIVATION", "offerCode",
						"TOU_TARIFF", "startsOn", startsOn.plusYears(1).toString())));
		assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
	}

	@Test
	void anOlderSnapshotArrivingLateNeverReplacesANewerOne() {
		snapshotAt("late-1", Map.of("annual_kwh", 2.0), Instant.parse("2026-06-02T00:00:00Z"));
		TestKafka.await(Duration.ofSeconds(30), "the newer snapshot",
				() -> count("select count(*) from customer_tags where customer_id = 'late-1'") == 1);
		snapshotAt("late-1", Map.of("annual_kwh", 1.0), Instant.parse("2026-06-01T00:00:00Z"));
		snapshotAt("late-marker", Map.of("annual_kwh", 1.0), Instant.parse("2026-06-01T00:00:00Z"));
		TestKafka.await(Duration.ofSeconds(30), "the late snapshot to be handled",
				() -> count("select count(*) from customer_tags where customer_id = 'late-marker'") == 1);
		assertThat(this.jdbc
			.queryForObject("select tags->>'annual_kwh' from customer_tags where customer_id = 'late-1'", String.class))
			.isEqualTo("2.0");
	}

	/**
	 * Every target of the campaign, seven at a time, each page after the last target of
	 * the one before.
	 */
	private List<String> readAll(String campaignId, String filter) {
		List<String> read = new java.util.ArrayList<>();
		String after = "";
		while (true) {
			HttpResponse<String> page = this.http
				.get("/api/v1/campaigns/" + campaignId + "/targets?size=7" + filter + after, "analyst", "analyst-pw");
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			JsonNode targets = this.json.readTree(page.body());
			targets.forEach(t -> read.add(t.get("customerId").asString()));
			if (targets.size() < 7) {
				return read;
			}
			JsonNode last = targets.get(targets.size() - 1);
			after = "&after=" + last.get("priority").asInt() + ":" + last.get("customerId").asString();
		}
	}

	private JsonNode create(Map<String, Object> request) {
		HttpResponse<String> response = this.http.postJson("/api/v1/campaigns", "marketer", "marketer-pw",
				this.json.writeValueAsString(request));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body());
	}

	private long assigned(String campaignId) {
		return this.kafka.readAll(Topics.TARGETS)
			.stream()
			.map(r -> this.json.readTree(r.value()))
			.filter(e -> e.get("payload").get("campaignId").asString().equals(campaignId))
			.count();
	}

	private long launchedEvents(String campaignId) {
		return this.kafka.readAll(Topics.CAMPAIGNS).stream().filter(r -> campaignId.equals(r.key())).count();
	}

	private void snapshot(String customer, Map<String, Object> tags) {
		snapshotAt(customer, tags, Instant.now());
	}

	private void snapshotAt(String customer, Map<String, Object> tags, Instant at) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", customer);
		payload.put("computedAt", at.toString());
		payload.put("tags", tags);
		payload.put("segment", "STANDARD");
		payload.put("segmentReason", "test");
		this.kafka.send(Topics.TAG_SNAPSHOTS, customer,
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, customer, payload)));
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
