package com.gridloop.strategy.rates;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Daily usage facts and tag snapshots in over Kafka, a customer's year billed under the
 * tariffs it may choose out over REST.
 */
@StrategyIntegrationTest
class RateComparisonTest {

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
	void factoryYearOnSingleAndTwoPartWithAShiftCappedByDemandResponse() {
		String id = "rc-factory";
		snapshot(id, Map.of("category", "LARGE_INDUSTRIAL", "tariff_code", "HB-CI-TP-10KV", "voltage_level", "10kV",
				"demand_response_kw", 2.0));
		// 300 days from 2025-08-01 to 2026-05-27: sharp 100, peak 300, flat 400, valley
		// 200
		// kWh a day, 80 kW at most. One day first arrives with other values and is then
		// recorded again: the second fact replaces it.
		usage(id, LocalDate.of(2026, 4, 10), 999, 999, 999, 999, 500.0);
		days(id, LocalDate.of(2025, 8, 1), 300, 100, 300, 400, 200, 80.0);

		JsonNode answer = get("/api/v1/customers/" + id + "/rate-comparison?shift=0.1");
		assertThat(answer.get("comparable").asBoolean()).as(answer.toString()).isTrue();
		assertThat(answer.get("daysCovered").asInt()).isEqualTo(300);
		assertThat(answer.get("from").asString()).isEqualTo("2025-08");
		assertThat(answer.get("to").asString()).isEqualTo("2026-05");
		// 10 kV choices: single-part and two-part of that voltage, nothing else.
		assertThat(answer.get("options").valueStream().map(o -> o.get("tariff").asString()))
			.containsExactly("HB-CI-SP-10KV", "HB-CI-TP-10KV");
		// April 2026, 30 days. Single-part: 3000 x 1.113999 = 3342.00, 9000 x 0.910961 =
		// 8198.65, 12000 x 0.715686 = 8588.23, 6000 x 0.496924 = 2981.54: 23110.42.
		// Two-part: 3000 x 1.049999 = 3150.00, 9000 x 0.848961 = 7640.65, 12000 x
		// 0.651886 = 7822.63, 6000 x 0.432924 = 2597.54, 80 kW x 42 = 3360.00: 24570.82.
		JsonNode single = option(answer, "HB-CI-SP-10KV");
		JsonNode twoPart = option(answer, "HB-CI-TP-10KV");
		assertThat(month(single, "2026-04").get("bill").decimalValue()).isEqualByComparingTo("23110.42");
		assertThat(month(twoPart, "2026-04").get("bill").decimalValue()).isEqualByComparingTo("24570.82");
		// Shift 10 % of 400 peak kWh a day = 40, capped at 2 kW x 8 peak hours = 16 kWh a
		// day: 480 kWh in April (4 % of sharp and peak). Two-part after: 2880 x 1.049999
		// =
		// 3024.00, 8640 x 0.848961 = 7335.02, 7822.63, 6480 x 0.432924 = 2805.35,
		// 3360.00:
		// 24347.00, a saving of 223.82.
		JsonNode april = month(twoPart, "2026-04");
		assertThat(april.get("billAfterShift").decimalValue()).isEqualByComparingTo("24347.00");
		assertThat(april.get("shiftSaving").decimalValue()).isEqualByComparingTo("223.82");
		JsonNode aprilUsage = answer.get("months")
			.valueStream()
			.filter(m -> m.get("month").asString().equals("2026-04"))
			.findFirst()
			.orElseThrow();
		assertThat(aprilUsage.get("shiftedKwh").decimalValue()).isEqualByComparingTo("480");
		assertThat(aprilUsage.get("shiftCapKwh").decimalValue()).isEqualByComparingTo("480");
		// The year is the sum of its months; the current tariff saves nothing against
		// itself.
		java.math.BigDecimal sum = twoPart.get("months")
			.valueStream()
			.map(m -> m.get("bill").decimalValue())
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(twoPart.get("yearBill").decimalValue()).isEqualByComparingTo(sum);
		assertThat(twoPart.get("yearSavingVsCurrent").decimalValue()).isEqualByComparingTo("0");
		assertThat(single.get("yearSavingVsCurrent").decimalValue())
			.isEqualByComparingTo(sum.subtract(single.get("yearBill").decimalValue()));
		assertThat(answer.get("best").asString()).isEqualTo("HB-CI-SP-10KV");
	}

	@Test
	void householdComparesTiersWithTheTimeOfUseOptionOverTwoPartYears() {
		String id = "rc-household";
		snapshot(id, Map.of("category", "RESIDENTIAL", "tariff_code", "HB-RES"));
		// 300 days from 2025-08-01, 10 kWh a day: sharp 1, peak 2, flat 3, valley 4.
		days(id, LocalDate.of(2025, 8, 1), 300, 1, 2, 3, 4, null);
		JsonNode answer = get("/api/v1/customers/" + id + "/rate-comparison");
		// Residential: tiers and the time-of-use option; not the EV charger tariff.
		assertThat(answer.get("options").valueStream().map(o -> o.get("tariff").asString())).containsExactly("HB-RES",
				"HB-RES-TOU");
		// 2025 is billed for August to December: 5 months, tiers at 2160 x 5/12 = 900 and
		// 4800 x 5/12 = 2000 kWh. Before December 310 + 300 + 310 + 300 = 1220 kWh, so
		// December's 310 kWh are all tier 2: 310 x 0.608 = 188.48. Time-of-use: 31 x 0.78
		// = 24.18, 62 x 0.68 = 42.16, 93 x 0.58 = 53.94, 124 x 0.43 = 53.32, tier step
		// 310
		// x 0.05 = 15.50: 189.10.
		assertThat(month(option(answer, "HB-RES"), "2025-12").get("bill").decimalValue())
			.isEqualByComparingTo("188.48");
		assertThat(month(option(answer, "HB-RES-TOU"), "2025-12").get("bill").decimalValue())
			.isEqualByComparingTo("189.10");
		// 2026 starts again: January's 310 kWh fit tier 1 (900): 310 x 0.558 = 172.98.
		assertThat(month(option(answer, "HB-RES"), "2026-01").get("bill").decimalValue())
			.isEqualByComparingTo("172.98");
	}

	@Test
	void fewerThan270DaysSayWhyNot() {
		String id = "rc-new-household";
		snapshot(id, Map.of("category", "RESIDENTIAL", "tariff_code", "HB-RES"));
		days(id, LocalDate.of(2026, 2, 1), 100, 1, 2, 3, 4, null);
		JsonNode answer = get("/api/v1/customers/" + id + "/rate-comparison");
		assertThat(answer.get("comparable").asBoolean()).isFalse();
		assertThat(answer.get("reason").asString()).contains("100 days").contains("270");
		assertThat(answer.get("options")).isEmpty();
	}

	@Test
	void unknownCustomerIsNotFound() {
		HttpResponse<String> response = new TestHttp(this.port).get("/api/v1/customers/rc-nobody/rate-comparison",
				"analyst", "analyst-pw");
		assertThat(response.statusCode()).isEqualTo(404);
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = new TestHttp(this.port).get(path, "analyst", "analyst-pw");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static JsonNode option(JsonNode answer, String tariff) {
		return answer.get("options")
			.valueStream()
			.filter(o -> o.get("tariff").asString().equals(tariff))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode month(JsonNode option, String month) {
		return option.get("months")
			.valueStream()
			.filter(m -> m.get("month").asString().equals(month))
			.findFirst()
			.orElseThrow();
	}

	/** The same day's usage {@code n} days in a row, then waits until they are stored. */
	private void days(String customer, LocalDate from, int n, double sharp, double peak, double flat, double valley,
			Double maxDemandKw) {
		for (int i = 0; i < n; i++) {
			usage(customer, from.plusDays(i), sharp, peak, flat, valley, maxDemandKw);
		}
		await(customer, n);
	}

	private void usage(String customer, LocalDate day, double sharp, double peak, double flat, double valley,
			Double maxDemandKw) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("customerId", customer);
		fact.put("meterNo", "M-" + customer);
		fact.put("day", day.toString());
		fact.put("intervalMinutes", 15);
		fact.put("kwh", sharp + peak + flat + valley);
		fact.put("sharpKwh", sharp);
		fact.put("peakKwh", peak);
		fact.put("flatKwh", flat);
		fact.put("valleyKwh", valley);
		fact.put("maxDemandKw", maxDemandKw);
		fact.put("missingShare", 0.0);
		fact.put("estimatedShare", 0.0);
		fact.put("bandCalendar", maxDemandKw == null ? "HUBEI_RES_TOU" : "HUBEI_CI");
		this.kafka.send(Topics.USAGE_DAILY, customer,
				this.codec.encode(this.codec.wrap(Events.USAGE_RECORDED, customer, fact)));
	}

	private void snapshot(String customer, Map<String, Object> tags) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("customerId", customer);
		payload.put("computedAt", Instant.now().toString());
		payload.put("tags", tags);
		this.kafka.send(Topics.TAG_SNAPSHOTS, customer,
				this.codec.encode(this.codec.wrap(Events.TAG_SNAPSHOT_PUBLISHED, customer, payload)));
	}

	/**
	 * Until the customer's tags and its days of usage (with the replaced day right) are
	 * stored.
	 */
	private void await(String customer, int days) {
		TestKafka.await(Duration.ofSeconds(60), "usage of " + customer, () -> {
			Integer stored = this.jdbc.queryForObject("""
					select coalesce(sum((select count(*) from unnest(sharp_kwh) s where s is not null)), 0)::int
					from customer_usage_month where customer_id = ?""", Integer.class, customer);
			Integer tagged = this.jdbc.queryForObject("select count(*)::int from customer_tags where customer_id = ?",
					Integer.class, customer);
			return stored == days && tagged == 1 && this.jdbc
				.queryForList("select 1 from customer_usage_month where customer_id = ? and 999 = any(sharp_kwh)",
						customer)
				.isEmpty();
		});
	}

}
