package com.gridloop.reach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
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
 * Treatment targets are contacted through the gateway, control ones never; outcomes only
 * for targets.
 */
@ReachIntegrationTest
class TargetsToDispatchesTest {

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
	void treatmentIsContactedControlNeverAndOptOutsAreRespected() {
		String campaign = UUID.randomUUID().toString();
		putConsent("opted-out", "SMS", false);
		Map<String, String> events = new LinkedHashMap<>();
		for (int i = 0; i < 30; i++) {
			events.put("t" + i, target(campaign, "t-" + i, "TREATMENT"));
			events.put("c" + i, target(campaign, "c-" + i, "CONTROL"));
		}
		events.put("opt", target(campaign, "opted-out", "TREATMENT"));
		this.kafka.sendAll(Topics.TARGETS, events);

		TestKafka.await(Duration.ofSeconds(30), "dispatches", () -> count(
				"select count(*) from dispatch where campaign_id = ?::uuid and status not in ('QUEUED', 'SENDING')",
				campaign) == 31);
		assertThat(count("select count(*) from target where campaign_id = ?::uuid", campaign)).isEqualTo(61);
		assertThat(count("select count(*) from dispatch where campaign_id = ?::uuid and sent_at is not null", campaign))
			.isEqualTo(30);
		assertThat(this.jdbc.queryForObject(
				"select status from dispatch where campaign_id = ?::uuid and customer_id = 'opted-out'", String.class,
				campaign))
			.isEqualTo("SUPPRESSED");
		assertThat(
				count("select count(*) from dispatch where campaign_id = ?::uuid and customer_id like 'c-%'", campaign))
			.isZero();
		String dispatch = this.jdbc.queryForObject(
				"select id::text from dispatch where campaign_id = ?::uuid and customer_id = 't-0'", String.class,
				campaign);
		// The gateway got the Chinese template, never the English benefit text.
		assertThat(TestGateway.gateway().body(dispatch)).startsWith("【国网湖北电力】")
			.contains("峰谷分时电价", "300元", "回TD退订")
			.doesNotContain("saves about");

		TestKafka.await(Duration.ofSeconds(30), "MessageDispatched events",
				() -> this.kafka.readAll(Topics.REACH_EVENTS)
					.stream()
					.map(r -> this.json.readTree(r.value()))
					.filter(e -> e.get("type").asString().equals(Events.MESSAGE_DISPATCHED.name())
							&& e.get("payload").get("campaignId").asString().equals(campaign))
					.count() == 30);
	}

	@Test
	void outcomesAreRecordedOnceAndOnlyForTargets() {
		String campaign = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, "x-1", target(campaign, "x-1", "CONTROL"));
		TestKafka.await(Duration.ofSeconds(30), "the target",
				() -> count("select count(*) from target where campaign_id = ?::uuid", campaign) == 1);
		TestHttp http = new TestHttp(this.port);
		String outcome = "{\"campaignId\":\"" + campaign + "\",\"customerId\":\"x-1\",\"outcome\":\"CONVERTED\","
				+ "\"source\":\"BUSINESS_SYSTEM\"}";
		HttpResponse<String> notTheirs = http.postJson("/api/v1/outcomes", "manager", "manager-pw", outcome);
		assertThat(notTheirs.statusCode()).as("not on the manager's call list").isEqualTo(403);
		HttpResponse<String> forged = http.postJson("/api/v1/outcomes", "marketer", "marketer-pw", outcome);
		assertThat(forged.statusCode()).as("BUSINESS_SYSTEM is the system role's").isEqualTo(403);
		assertThat(forged.body()).contains("business-system-source");
		String backdated = outcome.replace("}", ",\"occurredAt\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\"}");
		assertThat(http.postJson("/api/v1/outcomes", "system", "system-pw", backdated).statusCode())
			.as("before the launch")
			.isEqualTo(422);
		String future = outcome.replace("}", ",\"occurredAt\":\"" + Instant.now().plus(Duration.ofMinutes(10)) + "\"}");
		assertThat(http.postJson("/api/v1/outcomes", "system", "system-pw", future).statusCode())
			.as("after now + 5 minutes")
			.isEqualTo(422);
		HttpResponse<String> first = http.postJson("/api/v1/outcomes", "system", "system-pw", outcome);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(this.json.readTree(first.body()).get("recorded").asInt()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select recorded_by from outcome where campaign_id = ?::uuid", String.class,
				campaign))
			.isEqualTo("system");
		TestKafka.await(Duration.ofSeconds(30), "an OutcomeRecorded event naming its actor",
				() -> this.kafka.readAll(Topics.REACH_EVENTS)
					.stream()
					.map(r -> this.json.readTree(r.value()))
					.anyMatch(e -> e.get("type").asString().equals(Events.OUTCOME_RECORDED.name())
							&& e.get("payload").get("campaignId").asString().equals(campaign)
							&& e.get("payload").get("recordedBy").asString().equals("system")));
		HttpResponse<String> again = http.postJson("/api/v1/outcomes", "system", "system-pw", outcome);
		assertThat(this.json.readTree(again.body()).get("alreadyKnown").asInt()).isEqualTo(1);
		HttpResponse<String> stranger = http.postJson("/api/v1/outcomes", "system", "system-pw",
				outcome.replace("x-1", "nobody"));
		assertThat(stranger.statusCode()).isEqualTo(422);
		HttpResponse<String> invalid = http.postJson("/api/v1/outcomes", "marketer", "marketer-pw",
				"{\"campaignId\":\"" + campaign + "\",\"outcome\":\"MAYBE\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(http.postJson("/api/v1/outcomes", "analyst", "analyst-pw", outcome).statusCode()).isEqualTo(403);
	}

	@Test
	void aBatchRecordsTargetsOutcomesAndListsTheOthers() {
		String campaign = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, "b-1", target(campaign, "b-1", "TREATMENT"));
		TestKafka.await(Duration.ofSeconds(30), "the target",
				() -> count("select count(*) from target where campaign_id = ?::uuid", campaign) == 1);
		String batch = "[" + outcome(campaign, "b-1", "CONVERTED") + "," + outcome(campaign, "b-1", "CONVERTED") + ","
				+ outcome(campaign, "stranger", "CONVERTED") + "]";
		HttpResponse<String> response = new TestHttp(this.port).postJson("/api/v1/outcomes/batch", "marketer",
				"marketer-pw", batch);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode recorded = this.json.readTree(response.body());
		assertThat(recorded.get("recorded").asInt()).isEqualTo(1);
		assertThat(recorded.get("alreadyKnown").asInt()).isEqualTo(1);
		assertThat(recorded.get("notTargets").get(0).asString()).isEqualTo("stranger");
		assertThat(count("select count(*) from outcome where campaign_id = ?::uuid", campaign)).isEqualTo(1);
	}

	@Test
	void aConsentIsPutAndTheCountsUseCamelCaseKeys() {
		TestHttp http = new TestHttp(this.port);
		String consent = "{\"customerId\":\"consenting\",\"channel\":\"SMS\",\"granted\":false}";
		assertThat(http.putJson("/api/v1/consents", "manager", "manager-pw", consent).statusCode())
			.as("not on the manager's call list")
			.isEqualTo(403);
		assertThat(http.get("/api/v1/consents/consenting", "manager", "manager-pw").statusCode()).isEqualTo(403);
		assertThat(http.putJson("/api/v1/consents", "marketer", "marketer-pw", consent).statusCode()).isEqualTo(204);
		assertThat(http.putJson("/api/v1/consents", "marketer", "marketer-pw", consent.replace("false", "true"))
			.statusCode()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject(
				"select granted from consent where customer_id = 'consenting' and channel = 'SMS'", Boolean.class))
			.isTrue();
		assertThat(http.putJson("/api/v1/consents", "analyst", "analyst-pw", consent).statusCode()).isEqualTo(403);
		JsonNode audit = this.json.readTree(
				http.get("/api/v1/audit?action=CONSENT_CHANGE&customerId=consenting", "admin", "admin-pw").body());
		assertThat(audit.findValuesAsString("actor")).as("both changes are in the audit")
			.containsExactly("marketer", "marketer");
		assertThat(audit.get(0).get("detail").asString()).isEqualTo("SMS withdrawn");

		JsonNode stats = this.json.readTree(http.get("/api/v1/reach/stats", "manager", "manager-pw").body());
		assertThat(stats.propertyNames()).containsExactly("targets", "treatment", "control", "dispatched", "queued",
				"suppressed", "managerVisits", "sandboxMessages", "controlContacted", "outcomes");
		assertThat(stats.get("controlContacted").asLong()).isZero();
	}

	private static String outcome(String campaign, String customer, String outcome) {
		return "{\"campaignId\":\"" + campaign + "\",\"customerId\":\"" + customer + "\",\"outcome\":\"" + outcome
				+ "\",\"source\":\"CHANNEL\"}";
	}

	private String target(String campaign, String customer, String arm) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("campaignId", campaign);
		t.put("customerId", customer);
		t.put("arm", arm);
		t.put("offerCode", "TOU_TARIFF");
		t.put("channel", "SMS");
		t.put("reason", "valley_share 0.6 ≥ 0.35");
		t.put("benefitYuan", 300.0);
		t.put("benefitText", "Time-of-use saves about 300 yuan a year");
		t.put("benefitQuantity", 300.0);
		t.put("benefitUnit", "yuan/year");
		t.put("priority", 1);
		return this.codec.encode(this.codec.wrap(Events.TARGET_ASSIGNED, customer, t));
	}

	private void putConsent(String customer, String channel, boolean granted) {
		this.jdbc.update("insert into consent (customer_id, channel, granted) values (?, ?, ?) on conflict do nothing",
				customer, channel, granted);
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

}
