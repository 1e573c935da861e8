package com.gridloop.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
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
import static org.assertj.core.api.Assertions.within;

/**
 * Daily usage of campaign customers in, the kWh moved out of the peak out; and the power
 * calculation at launch.
 */
@EvaluationIntegrationTest
class LoadShiftAndPowerTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	/**
	 * 60 customers per arm, each with its own level of peak kWh; treatment moves 1.5 kWh
	 * a day out of the peak after launch. Days 2026-05-04 to 2026-05-31 are the
	 * pre-period of a launch on 2026-06-01 (Shanghai), then 14 days after.
	 */
	@Test
	void plantedPeakReductionIsFoundByDifferenceInDifferencesAndCuped() {
		String campaign = UUID.randomUUID().toString();
		String prefix = "ls-" + campaign.substring(0, 8) + "-";
		send(Topics.CAMPAIGNS, Events.CAMPAIGN_LAUNCHED, campaign, Map.of("campaignId", campaign, "name", "shift",
				"offerCode", "TOU_TARIFF", "controlShare", 0.5, "launchedAt", "2026-06-01T02:00:00Z"));
		Map<String, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < 120; i++) {
			String customer = prefix + i;
			targets.put(customer, envelope(Events.TARGET_ASSIGNED, customer, Map.of("campaignId", campaign,
					"customerId", customer, "arm", i < 60 ? "TREATMENT" : "CONTROL", "channel", "SMS")));
		}
		this.kafka.sendAll(Topics.TARGETS, targets);
		TestKafka.await(Duration.ofSeconds(30), "assignments",
				() -> count("select count(*) from assignment where campaign_id = ?::uuid", campaign) == 120);

		SplittableRandom random = new SplittableRandom(7);
		Map<String, String> usage = new LinkedHashMap<>();
		LocalDate launch = LocalDate.of(2026, 6, 1);
		for (int i = 0; i < 121; i++) {
			// Customer 120 has no assignment: its usage is not kept.
			String customer = prefix + i;
			double level = 3 + 4 * random.nextDouble();
			for (LocalDate day = launch.minusDays(28); day.isBefore(launch.plusDays(14)); day = day.plusDays(1)) {
				double peak = level + random.nextGaussian();
				if (i < 60 && !day.isBefore(launch)) {
					peak -= 1.5;
				}
				double sharp = 0.2 * peak;
				double flat = 8 + random.nextGaussian();
				usage.put(customer + "|" + day,
						envelope(Events.USAGE_RECORDED, customer,
								Map.of("customerId", customer, "day", day.toString(), "kwh", peak + sharp + flat,
										"sharpKwh", sharp, "peakKwh", peak, "flatKwh", flat, "valleyKwh", 0.0)));
			}
		}
		this.kafka.sendAll(Topics.USAGE_DAILY, usage);
		TestKafka.await(Duration.ofSeconds(60), "usage",
				() -> count("select count(*) from usage_day where customer_id like ?", prefix + "%") == 120 * 42);
		TestHttp http = new TestHttp(this.port);
		TestKafka.await(Duration.ofSeconds(30), "the shift in the published result",
				() -> this.kafka.readAll(Topics.EVALUATIONS)
					.stream()
					.filter(r -> campaign.equals(r.key()))
					.map(r -> this.json.readTree(r.value()).get("payload").get("loadShift"))
					.anyMatch(l -> l != null && !l.isNull() && l.get("treatment").asLong() == 60));
		JsonNode shift = this.json
			.readTree(http.get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw").body())
			.get("loadShift");
		assertThat(shift.get("treatment").asLong()).isEqualTo(60);
		assertThat(shift.get("control").asLong()).isEqualTo(60);
		assertThat(count("select count(*) from usage_day where customer_id = ?", prefix + 120)).isZero();
		// Peak plus sharp fell by 1.5 · 1.2 = 1.8 kWh a day.
		JsonNode kwh = shift.get("peakKwhPerDay");
		for (String way : new String[] { "differenceInDifferences", "cuped" }) {
			JsonNode w = kwh.get(way);
			assertThat(w.get("ciLow").asDouble()).as(way).isLessThan(-1.8);
			assertThat(w.get("ciHigh").asDouble()).as(way).isBetween(-1.8, 0.0);
		}
		// Levels differ widely between customers: the pre-period explains most of the
		// post-period variance, so CUPED narrows the interval.
		assertThat(kwh.get("varianceReduction").asDouble()).isGreaterThan(0.5);
		assertThat(kwh.get("cuped").get("standardError").asDouble())
			.isLessThan(kwh.get("post").get("standardError").asDouble());
		assertThat(shift.get("peakShare").get("differenceInDifferences").get("difference").asDouble()).isNegative();

		// The same usage over time: 28 days before and 14 after, per day and per week.
		JsonNode daily = this.json.readTree(
				http.get("/api/v1/campaigns/" + campaign + "/results/load-shift?grain=DAY", "analyst", "analyst-pw")
					.body());
		assertThat(daily.get("launchDay").asString()).isEqualTo("2026-06-01");
		assertThat(daily.get("points")).hasSize(42);
		assertThat(daily.get("points").get(0).get("period").asString()).isEqualTo("2026-05-04");
		assertThat(daily.get("points").get(0).get("daysFromLaunch").asInt()).isEqualTo(-28);
		double[] gap = new double[2];
		for (JsonNode p : daily.get("points")) {
			assertThat(p.get("treatmentCustomers").asLong()).isEqualTo(60);
			assertThat(p.get("controlCustomers").asLong()).isEqualTo(60);
			double difference = p.get("treatmentPeakKwh").asDouble() - p.get("controlPeakKwh").asDouble();
			gap[p.get("daysFromLaunch").asInt() < 0 ? 0 : 1] += difference
					/ (p.get("daysFromLaunch").asInt() < 0 ? 28 : 14);
		}
		// The gap between the arms' daily means widens by the planted 1.8 kWh after
		// launch.
		assertThat(gap[1] - gap[0]).isCloseTo(-1.8, within(0.3));
		JsonNode weekly = this.json.readTree(
				http.get("/api/v1/campaigns/" + campaign + "/results/load-shift?grain=WEEK", "analyst", "analyst-pw")
					.body());
		assertThat(weekly.get("points")).hasSize(6);
		assertThat(weekly.get("points").valueStream().map(p -> p.get("daysFromLaunch").asInt())).containsExactly(-28,
				-21, -14, -7, 0, 7);
		assertThat(http.get("/api/v1/campaigns/" + UUID.randomUUID() + "/results/load-shift", "analyst", "analyst-pw")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void powerAndMinimumDetectableEffectAtLaunch() {
		TestHttp http = new TestHttp(this.port);
		var ok = http.get("/api/v1/evaluation/power?baseline=0.1&mde=0.02&control_share=0.2&n=10000", "analyst",
				"analyst-pw");
		assertThat(ok.statusCode()).isEqualTo(200);
		JsonNode power = this.json.readTree(ok.body());
		assertThat(power.get("power").asDouble()).isCloseTo(0.7459, within(0.0001));
		assertThat(power.get("mdeAt80").asDouble()).isCloseTo(0.021397, within(0.000001));
		var bad = http.get("/api/v1/evaluation/power?baseline=1.5&mde=0.02&control_share=0.2&n=10000", "analyst",
				"analyst-pw");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("baseline");
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
