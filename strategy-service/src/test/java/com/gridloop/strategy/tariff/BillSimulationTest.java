package com.gridloop.strategy.tariff;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.strategy.StrategyIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/bills/simulate} on the tariffs the migrations loaded from the
 * published CSVs, and its 422 answers.
 */
@StrategyIntegrationTest
class BillSimulationTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TariffBook book;

	private TestHttp http;

	@BeforeEach
	void http() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void julyDayOnTheLoadedTwoPartTariff() {
		// The day of BillEngineTest: 10 kWh per quarter hour, 25 from 20:00 to 22:00;
		// energy 760.89, demand 100 kW x 42 = 4200.00, power factor 0.86 -> +2 % = 99.22.
		List<Object> intervals = new ArrayList<>();
		ZonedDateTime t = LocalDate.of(2026, 7, 1).atStartOfDay(TestTariffs.CHINA);
		while (t.getDayOfMonth() == 1) {
			intervals.add(List.of(t.toOffsetDateTime().toString(), t.getHour() >= 20 && t.getHour() < 22 ? 25 : 10));
			t = t.plusMinutes(15);
		}
		JsonNode bill = ok("analyst", "analyst-pw", Map.of("tariff", "HB-CI-TP-10KV", "interval_minutes", 15,
				"intervals", intervals, "power_factor", 0.86));
		assertThat(bill.get("currency").asString()).isEqualTo("CNY");
		assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("5060.11");
		assertThat(bill.get("pf_adjustment_percent").decimalValue()).isEqualByComparingTo("2.0");
		JsonNode sharp = bill.get("lines").get(0);
		assertThat(sharp.get("item").asString()).isEqualTo("energy");
		assertThat(sharp.get("band").asString()).isEqualTo("SHARP");
		assertThat(sharp.get("kwh").decimalValue()).isEqualByComparingTo("200");
		assertThat(sharp.get("price").decimalValue()).isEqualByComparingTo("1.049999");
		assertThat(sharp.get("amount").decimalValue()).isEqualByComparingTo("210.00");
		assertThat(bill.get("months").get(0).get("max_demand_kw").decimalValue()).isEqualByComparingTo("100");
	}

	@Test
	void everyRowOfThePublishedTablesIsLoaded() {
		assertThat(this.book.codes()).containsExactlyInAnyOrder("HB-RES", "HB-RES-TOU", "HB-EV-TOU", "HB-CI-SP-LV",
				"HB-CI-SP-10KV", "HB-CI-SP-35KV", "HB-CI-TP-10KV", "HB-CI-TP-35KV", "HB-CI-TP-110KV", "HB-CI-TP-220KV",
				"HB-AGR", "LCL-STD", "LCL-DTOU");
		// hubei-ci-2026-01.csv: two-part,110kV,...,valley 0.395024,...,39.0,24.4
		TariffPlan tp110 = this.book.find("HB-CI-TP-110KV").orElseThrow().latest();
		assertThat(tp110.bandPrices().get(Band.VALLEY)).isEqualByComparingTo("0.395024");
		assertThat(tp110.demandCharge()).isEqualByComparingTo("39.0");
		assertThat(tp110.capacityCharge()).isEqualByComparingTo("24.4");
		assertThat(tp110.pfStandard()).isEqualByComparingTo("0.90");
		// July-August sharp 20-22, other months 18-20.
		BandCalendar ci = tp110.calendar();
		assertThat(ci.band(ZonedDateTime.of(2026, 7, 1, 20, 30, 0, 0, TestTariffs.CHINA).toInstant()))
			.isEqualTo(Band.SHARP);
		assertThat(ci.band(ZonedDateTime.of(2026, 6, 1, 20, 30, 0, 0, TestTariffs.CHINA).toInstant()))
			.isEqualTo(Band.PEAK);
		// 2013 schedule: 788 High half-hours, 394 hours.
		BandCalendar london = this.book.find("LCL-DTOU").orElseThrow().latest().calendar();
		double highHours = 0;
		for (int m = 1; m <= 12; m++) {
			highHours += london.peakHours(java.time.YearMonth.of(2013, m));
		}
		assertThat(highHours).isEqualTo(394.0);
	}

	@Test
	void londonFallBackDayInPoundsOnTheLoadedSchedule() {
		// 2013-10-27: 50 half-hours of 0.5 kWh, all Normal: 25 x 0.1176 = 2.94 GBP.
		List<Object> intervals = new ArrayList<>();
		ZonedDateTime t = LocalDate.of(2013, 10, 27).atStartOfDay(TestTariffs.LONDON);
		while (t.getDayOfMonth() == 27) {
			intervals.add(List.of(t.toOffsetDateTime().toString(), 0.5));
			t = t.plusMinutes(30);
		}
		JsonNode bill = ok("marketer", "marketer-pw",
				Map.of("tariff", "LCL-DTOU", "interval_minutes", 30, "intervals", intervals));
		assertThat(intervals).hasSize(50);
		assertThat(bill.get("currency").asString()).isEqualTo("GBP");
		assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("2.94");
	}

	@Test
	void badInputIsA422NamingTheFirstBadElement() {
		refused(Map.of("tariff", "HB-NOPE", "interval_minutes", 15, "intervals", List.of()), "unknown tariff HB-NOPE");
		refused(body(7, List.of(List.of("2026-07-01T00:00+08:00", 1))), "interval_minutes: 7 does not divide an hour");
		refused(body(15, List.of(List.of("2026-07-01T00:00+08:00", 1), List.of("2026-07-01T00:15+08:00", -2))),
				"intervals[1][1]: negative kWh -2");
		refused(body(15, List.of(List.of("2026-07-01T00:00+08:00", 1), List.of("2026-07-01T00:00+08:00", 1))),
				"intervals[1][0]: 2026-07-01T00:00+08:00 overlaps intervals[0]");
		refused(body(15, List.of(List.of("2026-07-01T00:30+08:00", 1), List.of("2026-07-01T00:15+08:00", 1))),
				"intervals[1][0]: 2026-07-01T00:15+08:00 is before intervals[0] (unsorted)");
		refused(body(15, List.of(List.of("2026-07-01T00:00+08:00", 1), List.of("2026-06-30T16:15Z", 1))),
				"intervals[1][0]: offset Z mixes with the first interval's +08:00");
		refused(body(15, List.of(List.of("2025-07-01T00:00+08:00", 1))), "no prices valid on 2025-07-01");
	}

	@Test
	void needsAnAuthenticatedUser() {
		HttpResponse<String> response = this.http.postJson("/api/v1/bills/simulate", "nobody", "wrong",
				this.json.writeValueAsString(body(15, List.of(List.of("2026-07-01T00:00+08:00", 1)))));
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private static Map<String, Object> body(int minutes, List<Object> intervals) {
		return Map.of("tariff", "HB-CI-SP-LV", "interval_minutes", minutes, "intervals", intervals);
	}

	private JsonNode ok(String user, String password, Map<String, Object> body) {
		HttpResponse<String> response = this.http.postJson("/api/v1/bills/simulate", user, password,
				this.json.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private void refused(Map<String, Object> body, String detail) {
		HttpResponse<String> response = this.http.postJson("/api/v1/bills/simulate", "marketer", "marketer-pw",
				this.json.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(this.json.readTree(response.body()).get("detail").asString()).contains(detail);
	}

}
