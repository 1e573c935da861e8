package com.gridloop.reach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.datagen.ChannelBehaviour;
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
 * Targets through the contact policy and the gateway simulator over real HTTP, with its
 * receipts and replies coming back to reach.
 */
@ReachIntegrationTest
class ChannelFlowTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	@BeforeEach
	void receipts() {
		TestGateway.receiptsTo(this.port);
	}

	@Test
	void receiptsMoveEachDispatchToWhatItsCustomerDid() {
		String campaign = UUID.randomUUID().toString();
		String prefix = "rc-" + campaign.substring(0, 8) + "-";
		Map<String, String> events = new LinkedHashMap<>();
		List<String> channels = List.of("SMS", "WECHAT", "APP_PUSH", "OUTBOUND_CALL");
		IntStream.range(0, 40)
			.forEach(i -> events.put(prefix + i, target(campaign, prefix + i, channels.get(i % 4), "TOU_TARIFF")));
		this.kafka.sendAll(Topics.TARGETS, events);

		TestKafka.await(Duration.ofSeconds(40), "every dispatch in the state its customer's behaviour leads to",
				() -> IntStream.range(0, 40).allMatch(i -> {
					String channel = channels.get(i % 4);
					return expected(prefix + i, channel).equals(status(campaign, prefix + i));
				}));
		for (int i = 0; i < 40; i++) {
			ChannelBehaviour b = ChannelBehaviour.of(prefix + i, channels.get(i % 4));
			Map<String, Object> row = this.jdbc.queryForMap("""
					select sent_at, delivered_at, read_at, clicked_at, responded_at, attempts from dispatch
					where campaign_id = ?::uuid and customer_id = ?""", campaign, prefix + i);
			assertThat(row.get("sent_at")).isNotNull();
			assertThat(row.get("delivered_at") != null).isEqualTo(b.delivered());
			assertThat(row.get("read_at") != null).isEqualTo(b.read());
			assertThat(row.get("clicked_at") != null).isEqualTo(b.clicked());
			assertThat(row.get("responded_at") != null).isEqualTo(b.reply() != null);
			assertThat(row.get("attempts")).isEqualTo(1);
		}
	}

	@Test
	void anSmsAnsweredTdOptsTheCustomerOutOfSmsWithItsHistory() {
		String customer = IntStream.range(0, 10_000)
			.mapToObj(i -> "td-" + UUID.randomUUID().toString().substring(0, 8) + i)
			.filter(c -> ChannelBehaviour.UNSUBSCRIBE.equals(ChannelBehaviour.of(c, "SMS").reply()))
			.findFirst()
			.orElseThrow();
		String campaign = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, customer, target(campaign, customer, "SMS", "TOU_TARIFF"));
		TestKafka.await(Duration.ofSeconds(30), "the SMS opt-out",
				() -> Boolean.FALSE
					.equals(this.jdbc.query("select granted from consent where customer_id = ? and channel = 'SMS'",
							rs -> rs.next() ? rs.getBoolean(1) : null, customer)));
		assertThat(status(campaign, customer)).isEqualTo("RESPONDED");
		assertThat(this.jdbc.queryForObject("select reply from dispatch where campaign_id = ?::uuid", String.class,
				campaign))
			.isEqualTo("TD");

		JsonNode consent = this.json
			.readTree(new TestHttp(this.port).get("/api/v1/consents/" + customer, "marketer", "marketer-pw").body());
		assertThat(consent.get("current").get(0).get("channel").asString()).isEqualTo("SMS");
		assertThat(consent.get("current").get(0).get("granted").asBoolean()).isFalse();
		JsonNode change = consent.get("history").get(0);
		assertThat(change.get("source").asString()).isEqualTo("SMS_REPLY");
		assertThat(change.get("actor").asString()).isEqualTo("gateway");

		// A later SMS campaign for the customer is suppressed for consent.
		String next = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, customer, target(next, customer, "SMS", "TOU_TARIFF"));
		TestKafka.await(Duration.ofSeconds(30), "the suppression", () -> "SUPPRESSED".equals(status(next, customer)));
		assertThat(
				this.jdbc.queryForObject("select detail from dispatch where campaign_id = ?::uuid", String.class, next))
			.isEqualTo("consent");
	}

	@Test
	void theSecondMarketingMessageOfTheDayIsCappedButATransactionalOneGoes() {
		// A customer whose WeChat message is delivered: an undelivered one is no contact
		// and would not cap the second.
		String customer = IntStream.range(0, 1000)
			.mapToObj(i -> "cap-" + UUID.randomUUID())
			.filter(c -> ChannelBehaviour.of(c, "WECHAT").delivered())
			.findFirst()
			.orElseThrow();
		String first = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, customer, target(first, customer, "WECHAT", "TOU_TARIFF"));
		TestKafka.await(Duration.ofSeconds(30), "the first message", () -> sent(first, customer));
		long cappedBefore = policyCount("suppressed", "frequency_cap");
		String second = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, customer, target(second, customer, "APP_PUSH", "BILL_ANALYSIS_TASK"));
		TestKafka.await(Duration.ofSeconds(30), "the cap", () -> "SUPPRESSED".equals(status(second, customer)));
		assertThat(this.jdbc.queryForObject("select detail from dispatch where campaign_id = ?::uuid", String.class,
				second))
			.isEqualTo("frequency_cap");
		String outage = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, customer, target(outage, customer, "SMS", "OUTAGE_NOTICE"));
		TestKafka.await(Duration.ofSeconds(30), "the outage notice", () -> sent(outage, customer));

		JsonNode stats = this.json
			.readTree(new TestHttp(this.port).get("/api/v1/reach/channels/stats", "analyst", "analyst-pw").body());
		assertThat(stats.get("policy").get("suppressed").get("frequency_cap").asLong()).isEqualTo(cappedBefore + 1);
		assertThat(stats.get("circuits").get("SMS").asString()).isEqualTo("CLOSED");
		assertThat(stats.get("dispatchedByChannel").get("WECHAT").asLong()).isPositive();
		assertThat(stats.get("messages").get("APP_PUSH").get("SUPPRESSED").asLong()).isPositive();
	}

	@Test
	void aDeferredDispatchWaitsForItsTimeAndIsThenSent() throws InterruptedException {
		String campaign = UUID.randomUUID().toString();
		String customer = "deferred-" + campaign.substring(0, 8);
		this.jdbc.update("""
				insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_text, priority)
				values (?::uuid, ?, 'TREATMENT', 'TOU_TARIFF', 'APP_PUSH', 'test', 'unused', 1)""", campaign, customer);
		// As the quiet hours leave it: queued, not before a later time.
		this.jdbc.update("""
				insert into dispatch (id, campaign_id, customer_id, channel, status, not_before, deferrals,
				                      deferred_reason)
				values (?, ?::uuid, ?, 'APP_PUSH', 'QUEUED', now() + interval '2 seconds', 1, 'quiet_hours')""",
				UUID.randomUUID(), campaign, customer);
		Thread.sleep(1000);
		assertThat(status(campaign, customer)).isEqualTo("QUEUED");
		TestKafka.await(Duration.ofSeconds(30), "the deferred message", () -> sent(campaign, customer));
	}

	@Test
	void theActiveHourComesFromProfilesTagSnapshots() {
		String customer = "hour-" + UUID.randomUUID();
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("customerId", customer);
		snapshot.put("computedAt", java.time.Instant.now().toString());
		snapshot.put("tags", Map.of("active_hour", 19.6, "online_events_90d", 12.0));
		this.kafka.send(Topics.TAG_SNAPSHOTS, customer,
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, customer, snapshot)));
		TestKafka.await(Duration.ofSeconds(30), "the active hour",
				() -> Integer.valueOf(20)
					.equals(this.jdbc.query("select active_hour from customer_active_hour where customer_id = ?",
							rs -> rs.next() ? rs.getObject(1, Integer.class) : null, customer)));
	}

	@Test
	void managerVisitsStayQueuedForTheManagerTasks() {
		String campaign = UUID.randomUUID().toString();
		String customer = "visit-" + campaign.substring(0, 8);
		this.kafka.send(Topics.TARGETS, customer, target(campaign, customer, "MANAGER_VISIT", "ENERGY_ADVICE_VISIT"));
		String sms = UUID.randomUUID().toString();
		this.kafka.send(Topics.TARGETS, "after-" + customer, target(sms, "after-" + customer, "SMS", "TOU_TARIFF"));
		TestKafka.await(Duration.ofSeconds(30), "a later SMS sent", () -> sent(sms, "after-" + customer));
		assertThat(status(campaign, customer)).isEqualTo("QUEUED");
		assertThat(this.jdbc.queryForObject("select attempts from dispatch where campaign_id = ?::uuid", Integer.class,
				campaign))
			.isZero();
	}

	@Test
	void consentChannelsComeFromTheEnumAndEveryChangeIsKept() {
		TestHttp http = new TestHttp(this.port);
		String customer = "consent-" + UUID.randomUUID();
		String put = "{\"customerId\":\"" + customer + "\",\"channel\":\"%s\",\"granted\":%s}";
		assertThat(
				http.putJson("/api/v1/consents", "marketer", "marketer-pw", put.formatted("sms", false)).statusCode())
			.isEqualTo(422);
		assertThat(
				http.putJson("/api/v1/consents", "marketer", "marketer-pw", put.formatted("EMAIL", false)).statusCode())
			.isEqualTo(422);
		assertThat(http.putJson("/api/v1/consents", "marketer", "marketer-pw", put.formatted("WECHAT", false))
			.statusCode()).isEqualTo(204);
		assertThat(http.putJson("/api/v1/consents", "marketer", "marketer-pw", put.formatted("WECHAT", false))
			.statusCode()).isEqualTo(204);
		assertThat(
				http.putJson("/api/v1/consents", "marketer", "marketer-pw", put.formatted("WECHAT", true)).statusCode())
			.isEqualTo(204);
		JsonNode consent = this.json
			.readTree(http.get("/api/v1/consents/" + customer, "marketer", "marketer-pw").body());
		assertThat(consent.get("current").get(0).get("granted").asBoolean()).isTrue();
		JsonNode history = consent.get("history");
		assertThat(history.size()).as("a repeated opt-out is not a change").isEqualTo(2);
		assertThat(history.get(0).get("granted").asBoolean()).isFalse();
		assertThat(history.get(1).get("granted").asBoolean()).isTrue();
		assertThat(history.get(1).get("source").asString()).isEqualTo("API");
		assertThat(history.get(1).get("actor").asString()).isEqualTo("marketer");
	}

	@Test
	void theReceiptCallbackWantsTheGatewaySecret() {
		TestHttp http = new TestHttp(this.port);
		String receipt = "{\"dispatchId\":\"" + UUID.randomUUID() + "\",\"event\":\"DELIVERED\"}";
		assertThat(http.postJson("/api/v1/channels/receipts", null, null, receipt).statusCode()).isEqualTo(401);
		assertThat(new TestHttp(this.port)
			.post("/api/v1/channels/receipts", "manager", "manager-pw", "application/json",
					receipt.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void thePreviewShowsTheChineseSmsWithItsLength() {
		TestHttp http = new TestHttp(this.port);
		HttpResponse<String> preview = http.postJson("/api/v1/templates/preview", "analyst", "analyst-pw",
				"{\"offerCode\":\"TOU_TARIFF\",\"channel\":\"SMS\",\"name\":\"张三\",\"benefitQuantity\":312.4,"
						+ "\"benefitUnit\":\"yuan/year\"}");
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		JsonNode p = this.json.readTree(preview.body());
		assertThat(p.get("text").asString()).startsWith("【国网湖北电力】张*您好").contains("峰谷分时电价", "312元").endsWith("回TD退订");
		assertThat(p.get("length").asInt()).isEqualTo(p.get("text").asString().length());
		assertThat(p.get("segments").asInt()).isEqualTo(1);
		assertThat(http
			.postJson("/api/v1/templates/preview", "analyst", "analyst-pw",
					"{\"offerCode\":\"TOU_TARIFF\",\"channel\":\"EMAIL\"}")
			.statusCode()).isEqualTo(422);
	}

	private static String expected(String customer, String channel) {
		ChannelBehaviour b = ChannelBehaviour.of(customer, channel);
		if (!b.delivered()) {
			return "FAILED";
		}
		if (b.reply() != null) {
			return "RESPONDED";
		}
		return b.clicked() ? "CLICKED" : b.read() ? "READ" : "DELIVERED";
	}

	private boolean sent(String campaign, String customer) {
		return this.jdbc.queryForObject(
				"select count(*) from dispatch where campaign_id = ?::uuid and customer_id = ? and sent_at is not null",
				Long.class, campaign, customer) == 1;
	}

	private String status(String campaign, String customer) {
		return this.jdbc.query("select status from dispatch where campaign_id = ?::uuid and customer_id = ?",
				rs -> rs.next() ? rs.getString(1) : null, campaign, customer);
	}

	private long policyCount(String outcome, String reason) {
		List<Long> n = this.jdbc.queryForList("select n from policy_count where outcome = ? and reason = ?", Long.class,
				outcome, reason);
		return n.isEmpty() ? 0 : n.get(0);
	}

	private String target(String campaign, String customer, String channel, String offer) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("campaignId", campaign);
		t.put("customerId", customer);
		t.put("arm", "TREATMENT");
		t.put("offerCode", offer);
		t.put("channel", channel);
		t.put("reason", "test");
		t.put("benefitText", "English text that must not leave");
		t.put("priority", 1);
		t.put("benefitQuantity", 300.0);
		t.put("benefitUnit", "yuan/year");
		return this.codec.encode(this.codec.wrap(Events.TARGET_ASSIGNED, customer, t));
	}

}
