package com.gridloop.strategy.audience;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.gridloop.common.event.EventCodec;
import com.gridloop.strategy.StrategyIntegrationTest;
import com.gridloop.strategy.audience.TagSnapshots.Customer;
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

/**
 * Previews over REST on snapshots received over Kafka: numbers checked against counts
 * made independently (in Java on the generated tags, and in SQL on the stored JSON), the
 * registry's refusals as problems naming the tag, and a new snapshot seen by the next
 * preview.
 */
@StrategyIntegrationTest
class AudiencePreviewTest {

	private static final String RULE = "category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = "
			+ "'PRICE_SENSITIVE_SHIFTABLE') AND annual_kwh BETWEEN 2000 AND 9000 AND NOT account_status IN "
			+ "('CLOSED','MERGED') AND has demand_response_kw";

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private TestHttp http;

	private TagSnapshots snapshots;

	private final String run = "run" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void clients() {
		this.http = new TestHttp(this.port);
		this.snapshots = new TagSnapshots(TestKafka.shared(), this.codec);
	}

	@Test
	void previewCountsSegmentsSamplesAndBenefitsAsAnIndependentCountDoes() {
		List<Customer> customers = TagSnapshots.generate(this.run, 400, 7);
		customers.forEach(this.snapshots::send);
		awaitStored(customers.size());
		String rule = "test_run = '" + this.run + "' AND " + RULE;
		List<Customer> expected = customers.stream().filter(matches()).toList();
		assertThat(expected).hasSizeBetween(30, 200);
		Long sql = this.jdbc.queryForObject("""
				select count(*) from customer_tags where tags->>'test_run' = ? and tags->>'category' = 'RESIDENTIAL'
				  and ((tags->>'peak_share')::float8 > 0.35 or segment = 'PRICE_SENSITIVE_SHIFTABLE')
				  and (tags->>'annual_kwh')::float8 between 2000 and 9000
				  and not coalesce(tags->>'account_status' in ('CLOSED', 'MERGED'), false)
				  and tags ?? 'demand_response_kw'""", Long.class, this.run);
		assertThat(sql).isEqualTo(expected.size());

		JsonNode preview = preview(rule, "TOU_TARIFF", "marketer", "marketer-pw");
		assertThat(preview.get("count").asLong()).isEqualTo(expected.size());
		Map<String, Long> perSegment = new HashMap<>();
		preview.get("segments")
			.forEach(s -> perSegment.put(s.get("segment").isNull() ? null : s.get("segment").asString(),
					s.get("count").asLong()));
		Map<String, Long> expectedPerSegment = new HashMap<>();
		expected.forEach(c -> expectedPerSegment.merge(c.segment(), 1L, Long::sum));
		assertThat(perSegment).isEqualTo(expectedPerSegment);

		Map<String, Customer> byId = expected.stream().collect(Collectors.toMap(Customer::id, c -> c));
		JsonNode samples = preview.get("samples");
		assertThat(samples).hasSize(20);
		Set<String> drawn = new java.util.HashSet<>();
		for (JsonNode s : samples) {
			Customer c = byId.get(s.get("customerId").asString());
			assertThat(c).as("a sample matches the rule").isNotNull();
			drawn.add(c.id());
			Map<String, JsonNode> values = new LinkedHashMap<>();
			s.get("tags").forEach(t -> values.put(t.get("tag").asString(), t));
			assertThat(values.keySet()).containsExactly("test_run", "category", "peak_share", "annual_kwh",
					"account_status", "demand_response_kw");
			assertThat(values.get("annual_kwh").get("number").asDouble()).isEqualTo(c.number("annual_kwh"));
			assertThat(values.get("category").get("text").asString()).isEqualTo("RESIDENTIAL");
		}
		assertThat(drawn).hasSize(20);

		List<Double> benefits = new ArrayList<>();
		expected.forEach(c -> {
			double saving = touSaving(c);
			if (saving > 0) {
				benefits.add(saving);
			}
		});
		benefits.sort(null);
		JsonNode benefit = preview.get("benefit");
		assertThat(benefit.get("priced").asLong()).isEqualTo(benefits.size()).isPositive();
		assertThat(benefit.get("p10").asDouble()).isCloseTo(quantile(benefits, 0.10), within(0.02));
		assertThat(benefit.get("p50").asDouble()).isCloseTo(quantile(benefits, 0.50), within(0.02));
		assertThat(benefit.get("p90").asDouble()).isCloseTo(quantile(benefits, 0.90), within(0.02));
		assertThat(benefit.get("p25").asDouble()).isLessThanOrEqualTo(benefit.get("p50").asDouble());
		assertThat(benefit.get("p75").asDouble()).isBetween(benefit.get("p50").asDouble(),
				benefit.get("p90").asDouble());

		// The histogram counts every priced match once, in contiguous equal bins from the
		// least to the greatest benefit. The service prices to the cent: a value within a
		// cent of a bin's end may fall on either side.
		JsonNode bins = benefit.get("histogram");
		assertThat(bins).hasSize(12);
		assertThat(bins.get(0).get("from").asDouble()).isCloseTo(benefits.get(0), within(0.02));
		assertThat(bins.get(11).get("to").asDouble()).isCloseTo(benefits.get(benefits.size() - 1), within(0.02));
		double width = bins.get(0).get("to").asDouble() - bins.get(0).get("from").asDouble();
		for (int b = 0; b < 12; b++) {
			JsonNode bin = bins.get(b);
			double from = bin.get("from").asDouble();
			double to = bin.get("to").asDouble();
			assertThat(to - from).isCloseTo(width, within(1e-6));
			if (b > 0) {
				assertThat(from).isEqualTo(bins.get(b - 1).get("to").asDouble());
			}
			boolean last = b == 11;
			long inBin = benefits.stream().filter(v -> v >= from && (v < to || last && v <= to)).count();
			long nearEnds = benefits.stream()
				.filter(v -> Math.abs(v - from) <= 0.02 || Math.abs(v - to) <= 0.02)
				.count();
			assertThat(bin.get("count").asLong()).as("bin from " + from).isCloseTo(inBin, within(nearEnds));
		}
		assertThat(bins.valueStream().mapToLong(b -> b.get("count").asLong()).sum()).isEqualTo(benefits.size());

		assertThat(preview.get("warnings")).isEmpty();
		JsonNode again = preview(rule, null, "analyst", "analyst-pw");
		assertThat(again.get("count").asLong()).isEqualTo(expected.size());
		assertThat(again.get("benefit").isNull()).isTrue();
		assertThat(ids(again.get("samples"))).as("the same draw while the data do not change").isEqualTo(ids(samples));
	}

	@Test
	void aSnapshotArrivingAfterAPreviewIsInTheNext() {
		List<Customer> customers = TagSnapshots.generate(this.run, 60, 11);
		customers.forEach(this.snapshots::send);
		awaitStored(customers.size());
		String rule = "test_run = '" + this.run + "' AND " + RULE;
		long before = customers.stream().filter(matches()).count();
		assertThat(preview(rule, null, "marketer", "marketer-pw").get("count").asLong()).isEqualTo(before);

		Customer leaving = customers.stream()
			.filter(matches().and(c -> c.number("peak_share") > 0.35))
			.findFirst()
			.orElseThrow();
		Map<String, Object> closed = new LinkedHashMap<>(leaving.tags());
		closed.put("account_status", "CLOSED");
		this.snapshots.send(new Customer(leaving.id(), leaving.segment(), closed), Instant.now().plusSeconds(5));
		Map<String, Object> joining = new LinkedHashMap<>(leaving.tags());
		this.snapshots.send(new Customer(this.run + "-new", "NIGHT_CHARGING", joining));
		this.snapshots.send(new Customer(this.run + "-new-2", "NIGHT_CHARGING", joining));
		TestKafka.await(Duration.ofSeconds(30), "the new snapshots",
				() -> count(
						"select count(*) from customer_tags where (customer_id = ? and tags->>'account_status' = "
								+ "'CLOSED') or customer_id in (?, ?)",
						leaving.id(), this.run + "-new", this.run + "-new-2") == 3);

		JsonNode after = preview(rule, null, "marketer", "marketer-pw");
		assertThat(after.get("count").asLong()).isEqualTo(before + 1);
		assertThat(preview(
				"test_run = '" + this.run + "' AND segment = 'NIGHT_CHARGING' AND " + "account_status = 'CLOSED'", null,
				"marketer", "marketer-pw")
			.get("count")
			.asLong())
			.isEqualTo(customers.stream()
				.filter(c -> "NIGHT_CHARGING".equals(c.segment()) && "CLOSED".equals(c.text("account_status")))
				.count() + ("NIGHT_CHARGING".equals(leaving.segment()) ? 1 : 0));
	}

	@Test
	void snapshotsStoredBehindTheListenersBackAreLearntBeforeARuleIsRefused() {
		String tag = this.run + "_bulk_kw";
		this.jdbc.update(
				"insert into customer_tags (customer_id, tags, segment, computed_at) values (?, ?::jsonb, ?, now())",
				this.run + "-bulk", "{\"" + tag + "\": 2.5, \"test_run\": \"" + this.run + "\"}", "RIGID_PEAK");
		JsonNode preview = preview(tag + " > 2 AND segment = 'rigid_peak'", null, "marketer", "marketer-pw");
		assertThat(preview.get("count").asLong()).isEqualTo(1);
		JsonNode tags = this.json.readTree(this.http.get("/api/v1/audiences/tags", "analyst", "analyst-pw").body());
		JsonNode learnt = null;
		for (JsonNode t : tags.get("tags")) {
			if (t.get("code").asString().equals(tag)) {
				learnt = t;
			}
		}
		assertThat(learnt).as(tags.toString()).isNotNull();
		assertThat(learnt.get("type").asString()).isEqualTo("NUMBER");
		assertThat(learnt.get("customers").asInt()).isEqualTo(1);
		assertThat(tags.get("customers").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(tags.get("memoryBytes").asLong()).isPositive();
	}

	@Test
	void aTagSeenAsNumberThenAsTextIsText() {
		String tag = this.run + "_flip";
		this.snapshots.send(new Customer(this.run + "-a", null, Map.of(tag, 1.0)));
		this.snapshots.send(new Customer(this.run + "-b", null, Map.of(tag, "ONE")));
		awaitStored(2);
		String type = this.jdbc.queryForObject("select value_type from audience_tag where tag_code = ?", String.class,
				tag);
		assertThat(type).isEqualTo("TEXT");
		assertThat(preview(tag + " IN ('1', 'one')", null, "analyst", "analyst-pw").get("count").asLong()).isEqualTo(2);
		assertProblem(tag + " > 0", "audience-rule-tag", tag, tag + " is a text tag");
	}

	@Test
	void unknownTagsWrongTypesAndBadSyntaxAre422ProblemsSayingWhere() {
		this.snapshots.send(TagSnapshots.generate(this.run, 1, 3).get(0));
		awaitStored(1);
		JsonNode unknown = assertProblem("catgory = 'RESIDENTIAL'", "audience-rule-tag", "catgory",
				"unknown tag catgory");
		assertThat(unknown.get("detail").asString()).contains("did you mean category").contains("position 1");
		assertProblem("annual_kwh = 'high'", "audience-rule-tag", "annual_kwh", "annual_kwh is a number tag");
		assertProblem("category BETWEEN 1 AND 2", "audience-rule-tag", "category", "BETWEEN needs a number tag");
		assertProblem("category = 3", "audience-rule-tag", "category", "quote it as '3'");
		JsonNode syntax = assertProblem("annual_kwh > 1 AND OR", "audience-rule-syntax", null, "position 20 ('OR')");
		assertThat(syntax.get("position").asInt()).isEqualTo(20);
		assertThat(syntax.get("token").asString()).isEqualTo("OR");

		HttpResponse<String> offer = this.http.postJson("/api/v1/audiences/preview", "marketer", "marketer-pw",
				"{\"rule\": \"\", \"offer_code\": \"FREE_LUNCH\"}");
		assertThat(offer.statusCode()).isEqualTo(422);
		assertThat(offer.body()).contains("TOU_TARIFF");
		assertThat(
				this.http.postJson("/api/v1/audiences/preview", "marketer", "wrong", "{\"rule\": \"\"}").statusCode())
			.isEqualTo(401);
	}

	private static List<String> ids(JsonNode samples) {
		List<String> ids = new ArrayList<>();
		samples.forEach(s -> ids.add(s.get("customerId").asString()));
		return ids;
	}

	private JsonNode assertProblem(String rule, String type, String tag, String detail) {
		HttpResponse<String> response = this.http.postJson("/api/v1/audiences/preview", "marketer", "marketer-pw",
				this.json.writeValueAsString(Map.of("rule", rule)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).endsWith("/" + type);
		assertThat(problem.get("detail").asString()).contains(detail);
		if (tag != null) {
			assertThat(problem.get("tag").asString()).isEqualTo(tag);
		}
		return problem;
	}

	private JsonNode preview(String rule, String offer, String user, String password) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("rule", rule);
		if (offer != null) {
			body.put("offer_code", offer);
		}
		HttpResponse<String> response = this.http.postJson("/api/v1/audiences/preview", user, password,
				this.json.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	/** The rule, written again by hand over the generated tags. */
	private static Predicate<Customer> matches() {
		return c -> "RESIDENTIAL".equals(c.text("category"))
				&& (c.number("peak_share") > 0.35 || "PRICE_SENSITIVE_SHIFTABLE".equals(c.segment()))
				&& c.number("annual_kwh") >= 2000 && c.number("annual_kwh") <= 9000
				&& !List.of("CLOSED", "MERGED").contains(String.valueOf(c.text("account_status")))
				&& c.tags().containsKey("demand_response_kw");
	}

	/**
	 * Hubei residential flat 0.558 against its time-of-use bands, 10 % of peak moved to
	 * the valley.
	 */
	private static double touSaving(Customer c) {
		double kwh = c.number("annual_kwh");
		double sharp = kwh * c.number("sharp_share");
		double peak = kwh * (c.number("peak_share") - c.number("sharp_share"));
		double valley = kwh * c.number("valley_share");
		double flat = kwh - sharp - peak - valley;
		double after = 0.9 * sharp * 0.78 + 0.9 * peak * 0.68 + flat * 0.58 + (valley + 0.1 * (sharp + peak)) * 0.43;
		return kwh * 0.558 - after;
	}

	private static double quantile(List<Double> sorted, double p) {
		double h = (sorted.size() - 1) * p;
		int lo = (int) h;
		int hi = Math.min(lo + 1, sorted.size() - 1);
		return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
	}

	private void awaitStored(int n) {
		TestKafka.await(Duration.ofSeconds(30), n + " snapshots",
				() -> count("select count(*) from customer_tags where customer_id like ?", this.run + "-%") >= n);
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

}
