package com.gridloop.strategy.acquisition;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.Events;
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
import static org.assertj.core.api.Assertions.within;

/**
 * Archive, usage, application and tag events in over Kafka; expansion leads, application
 * leads and growth areas out over REST and to the rest of strategy.
 */
@StrategyIntegrationTest
class AcquisitionLeadsTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AcquisitionLeads acquisition;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void customersOutgrowingTheirCapacityAndOpenApplicationsAreLeadsListedByArea() {
		customer("acq-grow", 630, "420115", "C3311");
		customer("acq-two", 630, "420115", "C3311");
		customer("acq-fell", 630, "420115", "C3311");
		customer("acq-old", 630, "420115", "C3311");
		customer("acq-home", 8, "420115", null);
		customer("acq-closed", 630, "420115", "C3311");
		send(Events.CUSTOMER_UPDATED, "acq-closed", Map.of("customerId", "acq-closed", "status", "CLOSED"));
		TestKafka.await(Duration.ofSeconds(30), "the archive", () -> count(
				"select count(*) from acquisition_customer where customer_id like 'acq-%' and contracted_kva is not null"
						+ " and (customer_id <> 'acq-closed' or status = 'CLOSED')") == 6);

		// 80 % of 630 kVA is 504 kW.
		for (String c : List.of("acq-grow", "acq-closed")) {
			usage(c, "2026-04-10", 600);
			usage(c, "2026-05-10", 520);
			usage(c, "2026-06-03", 510);
			usage(c, "2026-06-04", 560);
		}
		usage("acq-two", "2026-04-10", 300);
		usage("acq-two", "2026-05-10", 600);
		usage("acq-two", "2026-06-10", 600);
		usage("acq-fell", "2026-04-10", 600);
		usage("acq-fell", "2026-05-10", 600);
		for (int d = 1; d <= 30; d++) {
			usage("acq-fell", LocalDate.of(2026, 6, d).toString(), 300);
		}
		for (String m : List.of("2026-01-10", "2026-02-10", "2026-03-10")) {
			usage("acq-old", m, 600);
		}
		for (String m : List.of("2026-04-10", "2026-05-10", "2026-06-10")) {
			usage("acq-home", m, 10);
		}
		application("ACQ-APP-1", "acq-grow", "EXPANSION", "SUBMITTED", "420115", "C3311", 400);
		application("ACQ-APP-2", null, "NEW", "APPROVED", "420112", "C2651", 1250);
		application("ACQ-APP-3", null, "NEW", "WITHDRAWN", "420112", "C2651", 2000);
		snapshot("acq-t1", Map.of("region_code", "420115", "industry", "C", "annual_kwh", 1_000_000.0, "yoy_growth",
				0.25, "kwh_trend", 0.1));
		snapshot("acq-t2",
				Map.of("region_code", "420115", "industry", "C", "annual_kwh", 100_000.0, "yoy_growth", 1.0));
		snapshot("acq-t3",
				Map.of("region_code", "420112", "industry", "C", "annual_kwh", 200_000.0, "yoy_growth", -0.2));
		snapshot("acq-t4", Map.of("region_code", "420112", "industry", "C", "annual_kwh", 50_000.0, "account_status",
				"CLOSED", "yoy_growth", 3.0));
		TestKafka.await(Duration.ofSeconds(30), "usage, applications and tags", () -> count(
				"select count(*) from acquisition_monthly_demand where customer_id like 'acq-%'") == 15
				&& count("select count(*) from acquisition_application where application_no like 'ACQ-%'") == 3
				&& count("select count(*) from customer_tags where customer_id like 'acq-t%'") == 4 && count(
						"""
								select count(*) from acquisition_monthly_demand
								where customer_id = 'acq-fell' and month = date '2026-06-01' and day_mask = 1073741823""") == 1);

		TestHttp http = new TestHttp(this.port);
		List<JsonNode> leads = new ArrayList<>();
		String after = null;
		while (true) {
			JsonNode page = get(http, "/api/v1/acquisition/leads?size=1" + (after == null ? "" : "&after=" + after));
			if (page.isEmpty()) {
				break;
			}
			leads.add(page.get(0));
			after = page.get(0).get("type").asString() + ":" + page.get(0).get("key").asString();
		}
		List<String> ours = leads.stream()
			.map(l -> l.get("type").asString() + ":" + l.get("key").asString())
			.filter(k -> k.toLowerCase().contains(":acq-"))
			.toList();
		assertThat(ours).as("page by page, in key order; withdrawn, short, fallen, old, household and closed left out")
			.containsExactly("APPLICATION:ACQ-APP-1", "APPLICATION:ACQ-APP-2", "EXPANSION:acq-grow");
		JsonNode grow = leads.stream()
			.filter(l -> l.get("key").asString().equals("acq-grow"))
			.findFirst()
			.orElseThrow();
		assertThat(grow.get("monthsAbove").asInt()).isEqualTo(3);
		assertThat(grow.get("maxDemandKw").asDouble()).isEqualTo(600);
		assertThat(grow.get("lastMonth").asString()).isEqualTo("2026-06-01");
		assertThat(grow.get("kva").asDouble()).as("600 / 0.8 = 750: 800 kVA, 170 more").isEqualTo(170);
		JsonNode prospect = leads.stream()
			.filter(l -> l.get("key").asString().equals("ACQ-APP-2"))
			.findFirst()
			.orElseThrow();
		assertThat(prospect.get("prospect").asBoolean()).isTrue();
		assertThat(prospect.has("customerId")).isFalse();
		assertThat(get(http, "/api/v1/acquisition/leads?type=EXPANSION&size=1000").toString()).doesNotContain("ACQ-APP")
			.contains("acq-grow");

		Map<String, JsonNode> areas = new LinkedHashMap<>();
		for (JsonNode a : get(http, "/api/v1/acquisition/growth-areas?limit=1000")) {
			areas.put(a.path("regionCode").asString("") + "|" + a.path("industry").asString(""), a);
		}
		List<String> ranked = List.copyOf(areas.keySet());
		assertThat(ranked.indexOf("420115|C")).as("the growing area ranks first: " + ranked)
			.isNotNegative()
			.isLessThan(ranked.indexOf("420112|C"));
		JsonNode jiangxia = areas.get("420115|C");
		assertThat(jiangxia.get("customers").asLong()).isEqualTo(2);
		assertThat(jiangxia.get("yoyGrowth").asDouble()).as("1.1 GWh against 0.8 + 0.05 a year before")
			.isCloseTo(1_100_000 / 850_000.0 - 1, within(1e-9));
		assertThat(jiangxia.get("recentTrend").asDouble()).isCloseTo(0.1, within(1e-9));
		assertThat(jiangxia.get("applications").asLong()).isEqualTo(1);
		assertThat(jiangxia.get("expansionLeads").asLong()).isEqualTo(1);
		assertThat(jiangxia.get("suggestedKva").asDouble()).isEqualTo(170);
		assertThat(jiangxia.get("topLeads").findValuesAsString("key")).containsExactly("ACQ-APP-1", "acq-grow");
		JsonNode dongxihu = areas.get("420112|C");
		assertThat(dongxihu.get("customers").asLong()).as("the closed account left out").isEqualTo(1);
		assertThat(dongxihu.get("yoyGrowth").asDouble()).isCloseTo(-0.2, within(1e-9));
		assertThat(dongxihu.get("prospects").asLong()).isEqualTo(1);
		assertThat(dongxihu.get("requestedKva").asDouble()).isEqualTo(1250);

		assertThat(this.acquisition.expansionCandidates()).filteredOn(c -> c.customerId().startsWith("acq-"))
			.containsExactly(
					new ExpansionCandidate("acq-grow", 3, YearMonth.of(2026, 6), 600, 630, 170, "420115", "C"));

		// More capacity, and the customer is no longer outgrowing it.
		customer("acq-grow", 1000, "420115", "C3311");
		TestKafka.await(Duration.ofSeconds(30), "the lead gone with the new capacity",
				() -> count("select count(*) from acquisition_expansion_lead where customer_id = 'acq-grow'") == 0);
		HttpResponse<String> bad = http.get("/api/v1/acquisition/leads?after=nonsense", "analyst", "analyst-pw");
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	private JsonNode get(TestHttp http, String path) {
		HttpResponse<String> r = http.get(path, "analyst", "analyst-pw");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private void customer(String id, double kva, String region, String industry) {
		Map<String, Object> p = new HashMap<>();
		p.put("customerId", id);
		p.put("contractedKva", kva);
		p.put("regionCode", region);
		p.put("industryCode", industry);
		send(Events.CUSTOMER_LINKED, id, p);
	}

	private void usage(String customer, String day, double maxDemandKw) {
		send(Events.USAGE_RECORDED, customer, Map.of("customerId", customer, "day", day, "kwh", maxDemandKw * 10,
				"intervalMinutes", 15, "maxDemandKw", maxDemandKw));
	}

	private void application(String no, String customer, String kind, String status, String region, String industry,
			double kva) {
		Map<String, Object> p = new HashMap<>();
		p.put("applicationNo", no);
		p.put("customerId", customer);
		p.put("linkMethod", customer == null ? "NONE" : "ACCOUNT");
		p.put("kind", kind);
		p.put("status", status);
		p.put("regionCode", region);
		p.put("industryCode", industry);
		p.put("requestedKva", kva);
		p.put("appliedOn", "2026-05-06");
		send(Events.CONNECTION_APPLICATION_RECORDED, no, p);
	}

	private void snapshot(String customer, Map<String, Object> tags) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", customer);
		payload.put("computedAt", Instant.now().toString());
		payload.put("tags", tags);
		send(Events.TAG_SNAPSHOT_PUBLISHED, customer, payload);
	}

	private void send(EventType type, String key, Object payload) {
		this.kafka.send(type.topic(), key, this.codec.encode(this.codec.wrap(type, key, payload)));
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
