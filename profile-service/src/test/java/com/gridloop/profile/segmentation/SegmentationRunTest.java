package com.gridloop.profile.segmentation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.profile.UsageFacts;
import com.gridloop.profile.analytics.metric.AdjustedRandIndex;
import com.gridloop.profile.analytics.shape.LoadShapes;
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
 * A segmentation run over generated customers whose archetypes are planted: the segments
 * recover them, are named and explained, carry their checks, and the customers' new
 * segments are published.
 */
@ProfileIntegrationTest
class SegmentationRunTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void segmentsRecoverThePlantedArchetypesAndAreExplained() {
		int customers = 800, days = 28;
		Population population = new Population(GeneratorConfig.defaults(99, customers, days));
		LoadModel model = new LoadModel(99);
		TestKafka kafka = TestKafka.shared();
		Map<String, String> linked = new LinkedHashMap<>();
		Map<String, String> usage = new LinkedHashMap<>();
		Map<String, String> tickets = new LinkedHashMap<>();
		List<String> complainers = new ArrayList<>();
		for (SyntheticCustomer c : population.customers()) {
			String id = "seg-" + c.customerNo();
			if (complainers.size() < 6 && c.category().name().equals("RESIDENTIAL")) {
				// Two complaints in the window: the customer rule SERVICE_SENSITIVE takes
				// them out of the clusters.
				complainers.add(id);
				for (int t = 0; t < 2; t++) {
					String accepted = population.config().firstDay().plusDays(3 + t) + "T10:00:00+08:00";
					Map<String, Object> ticket = Map.of("ticketId", id + "-t" + t, "customerId", id, "category",
							"COMPLAINT", "acceptTime", accepted, "handleTime", accepted);
					var e = this.codec.wrap(Events.TICKET_RECORDED, id, ticket);
					tickets.put(e.eventId().toString(), this.codec.encode(e));
				}
			}
			linked.put(id, this.codec.encode(this.codec.wrap(Events.CUSTOMER_LINKED, id, Map.of("customerId", id,
					"category", c.category().name(), "tariffCode", c.tariffCode(), "phone", c.phone()))));
			for (int d = 0; d < days; d++) {
				LocalDate day = population.config().firstDay().plusDays(d);
				Map<String, Object> fact = UsageFacts.fact(id, day, LoadShapes.hourly(model.day(c, day)));
				var e = this.codec.wrap(Events.USAGE_RECORDED, id, fact);
				usage.put(e.eventId().toString(), this.codec.encode(e));
			}
		}
		kafka.sendAll(Topics.CUSTOMERS, linked);
		kafka.sendAll(Topics.USAGE_DAILY, usage);
		kafka.sendAll(Topics.TICKETS, tickets);
		TestKafka.await(Duration.ofSeconds(120), "features of every customer", () -> count(
				"select count(*) from customer_feature where customer_id like 'seg-%'") == customers
				&& count("select count(*) from dirty_customer") == 0
				&& count("select count(*) from tag_value where tag_code = 'complaints_12m' and value_num = 2") == 6);

		TestHttp http = new TestHttp(this.port);
		HttpResponse<String> started = http.post("/api/v1/segmentation/runs", "analyst", "analyst-pw",
				"application/json", new byte[0]);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String runId = this.json.readTree(started.body()).get("id").asString();
		assertThat(http.post("/api/v1/segmentation/runs", "analyst", "analyst-pw", "application/json", new byte[0])
			.statusCode()).as("a second run while one is in progress").isEqualTo(409);
		TestKafka.await(Duration.ofSeconds(120), "the run to finish", () -> {
			String status = this.json
				.readTree(http.get("/api/v1/segmentation/runs/" + runId, "analyst", "analyst-pw").body())
				.get("status")
				.asString();
			return status.equals("SUCCEEDED") || status.equals("FAILED");
		});
		JsonNode run = this.json
			.readTree(http.get("/api/v1/segmentation/runs/" + runId, "analyst", "analyst-pw").body());
		assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");

		Map<String, String> segmentOf = new HashMap<>();
		this.jdbc.query("select customer_id, segment_code from segment_membership where run_id = ?::uuid "
				+ "and customer_id like 'seg-%'", rs -> {
					segmentOf.put(rs.getString(1), rs.getString(2));
				}, runId);
		assertThat(segmentOf).hasSize(customers);
		for (String id : complainers) {
			assertThat(segmentOf.get(id)).as(id).isEqualTo("SERVICE_SENSITIVE");
		}
		assertThat(segmentOf.values().stream().filter("SERVICE_SENSITIVE"::equals)).hasSize(complainers.size());
		// The clusters are judged on the customers they hold: the rule took the
		// complainers out.
		List<String> codes = new ArrayList<>(segmentOf.values().stream().distinct().sorted().toList());
		int clustered = customers - complainers.size();
		int[] found = new int[clustered];
		int[] planted = new int[clustered];
		int i = 0;
		for (SyntheticCustomer c : population.customers()) {
			if (!complainers.contains("seg-" + c.customerNo())) {
				found[i] = codes.indexOf(segmentOf.get("seg-" + c.customerNo()));
				planted[i++] = c.archetype().ordinal();
			}
		}
		double ari = AdjustedRandIndex.of(found, planted);
		assertThat(ari).as("adjusted Rand index against the planted archetypes").isGreaterThanOrEqualTo(0.8);
		// The naming rules put each planted C&I archetype, by majority, under its own
		// operable name.
		Map<String, Map<String, Integer>> namesOf = new HashMap<>();
		for (SyntheticCustomer c : population.customers()) {
			if (!complainers.contains("seg-" + c.customerNo())) {
				namesOf.computeIfAbsent(c.archetype().name(), a -> new HashMap<>())
					.merge(segmentOf.get("seg-" + c.customerNo()), 1, Integer::sum);
			}
		}
		Map<String, String> majority = new HashMap<>();
		namesOf.forEach((archetype, counts) -> majority.put(archetype,
				counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
		// Where k-means keeps the two night-heavy C&I archetypes together, their cluster
		// is named for what they share.
		Map<String, List<String>> allowed = Map.of("INDUSTRIAL_THREE_SHIFT",
				List.of("RIGID_PEAK", "NIGHT_HEAVY_PROCESS"), "IRRIGATION_SEASONAL",
				List.of("SEASONAL_PUMPING", "NIGHT_HEAVY_PROCESS"), "INDUSTRIAL_TWO_SHIFT",
				List.of("SHIFTABLE_SHIFT_WORK"), "COMMERCIAL_DAYTIME", List.of("DAYTIME_BUSINESS"), "RESIDENTIAL_EV",
				List.of("NIGHT_CHARGING"));
		allowed.forEach((archetype, names) -> assertThat(majority.get(archetype))
			.as("segment of " + archetype + " among " + namesOf)
			.isIn(names));

		JsonNode segments = this.json
			.readTree(http.get("/api/v1/segmentation/segments", "analyst", "analyst-pw").body());
		assertThat(segments.size()).isGreaterThanOrEqualTo(4);
		assertThat(codes).contains("NIGHT_CHARGING");
		for (JsonNode s : segments) {
			assertThat(s.get("name").asString()).isNotBlank();
			assertThat(s.get("description").asString()).contains("Distinctive:").contains("sd");
			assertThat(s.get("centroidShape")).hasSize(24);
			// Reachable: the share of the members with a phone (this test's customers all
			// have one; other tests' may not).
			Double withPhone = this.jdbc.queryForObject("""
					select avg(case when f.has_phone then 1.0 else 0.0 end) from segment_membership m
					join customer_feature f on f.customer_id = m.customer_id
					where m.run_id = ?::uuid and m.segment_code = ?""", Double.class, runId, s.get("code").asString());
			assertThat(s.get("reachableShare").asDouble()).isCloseTo(withPhone, within(1e-9));
			assertThat(s.get("minSize").asLong()).isPositive();
		}
		JsonNode ruleSegment = null;
		for (JsonNode s : segments) {
			if (s.get("code").asString().equals("SERVICE_SENSITIVE")) {
				ruleSegment = s;
			}
		}
		assertThat(ruleSegment).as("the customer rule's segment").isNotNull();
		assertThat(ruleSegment.get("kind").asString()).isEqualTo("CUSTOMER_RULE");
		assertThat(ruleSegment.get("size").asLong()).isEqualTo(complainers.size());
		assertThat(ruleSegment.get("description").asString()).contains("complaints_12m GE 2");
		JsonNode complainer = this.json.readTree(
				http.get("/api/v1/segmentation/segments/SERVICE_SENSITIVE/members", "analyst", "analyst-pw").body());
		assertThat(complainer).hasSize(complainers.size());
		assertThat(complainer.get(0).get("reason").asString()).contains("Service-sensitive")
			.contains("complaints_12m 2.00 ≥ 2");
		JsonNode members = this.json
			.readTree(http.get("/api/v1/segmentation/segments/NIGHT_CHARGING/members?size=3", "analyst", "analyst-pw")
				.body());
		assertThat(members).hasSize(3);
		assertThat(members.get(0).get("reason").asString()).contains("Night-heavy").contains("this segment");
		String customer = members.get(0).get("customerId").asString();
		JsonNode profile = this.json
			.readTree(http.get("/api/v1/customers/" + customer + "/profile", "analyst", "analyst-pw").body());
		assertThat(profile.get("segment").get("code").asString()).isEqualTo("NIGHT_CHARGING");
		TestKafka.await(Duration.ofSeconds(60), "segment changes published",
				() -> kafka.readAll(Topics.SEGMENT_CHANGES)
					.stream()
					.filter(r -> r.key().equals(runId))
					.mapToLong(r -> this.json.readTree(r.value()).get("payload").get("changes").size())
					.sum() >= customers);
		TestKafka.await(Duration.ofSeconds(60), "snapshots with the new segments",
				() -> count("select count(*) from dirty_customer") == 0);
		String csv = http.get("/api/v1/segmentation/segments/NIGHT_CHARGING/members.csv", "analyst", "analyst-pw")
			.body();
		assertThat(csv).startsWith("customer_id,segment,reason\n").contains("NIGHT_CHARGING");
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
