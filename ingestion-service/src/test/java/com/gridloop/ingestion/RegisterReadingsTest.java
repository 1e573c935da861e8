package com.gridloop.ingestion;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily register readings: consecutive freezes become usage days (bands where the meter
 * has time-of-use registers, the multiplier applied), gaps stay missing until the freeze
 * arrives, bad rows are quarantined with their reason, a register going down against
 * stored readings leaves the day out and counts against consistency, and a day interval
 * data covers keeps the interval fact.
 */
@IngestionIntegrationTest
class RegisterReadingsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void consecutiveFreezesBecomeUsageDays() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,meter_no,category,tariff_code,contracted_kva
				REG-C1,REG-M1,RESIDENTIAL,HB-RES,8
				REG-C2,REG-M2,RESIDENTIAL,HB-RES,8
				REG-C3,REG-M3,GENERAL_CI,HB-CI-SP-LV,200
				""");
		StringBuilder intervals = new StringBuilder("meter_no,interval_start,interval_minutes,kwh\n");
		for (int slot = 0; slot < 48; slot++) {
			intervals.append("REG-M2,2026-06-01 %02d:%02d:00,30,0.25\n".formatted(slot / 2, slot % 2 * 30));
		}
		upload(http, "readings", intervals.toString());

		JsonNode first = upload(http, "registers", """
				meter_no,freeze_date,total,sharp,peak,flat,valley,multiplier
				REG-M1,2026-06-01,1000.00,100.00,300.00,400.00,200.00,
				REG-M1,2026-06-02 00:00:00,1010.00,101.00,303.00,404.00,202.00,
				REG-M1,2026-06-03,1022.50,102.00,306.50,409.00,205.00,
				REG-M1,2026-06-05,1040.00,104.00,311.00,415.00,210.00,
				REG-M1,2026-06-06,1030.00,104.00,311.00,405.00,210.00,
				REG-M1,2026-06-07,1050.00,100.00,300.00,400.00,200.00,
				REG-M1,2026-06-08,1060.00,1.00,2.00,,,
				REG-M1,2099-01-01,2000.00,,,,,
				REG-M3,2026-06-01,500.00,,,,,40
				REG-M3,2026-06-02,512.50,,,,,40
				REG-M3,2026-06-03,520.00,,,,,0
				REG-M3,2026-06-04 08:00,530.00,,,,,40
				REG-M9,2026-06-01,1.00,,,,,
				REG-M2,2026-06-01,10.00,,,,,
				REG-M2,2026-06-02,22.00,,,,,
				""");
		assertThat(first.get("received").asLong()).isEqualTo(15);
		assertThat(first.get("accepted").asLong()).isEqualTo(8);
		assertThat(first.get("quarantined").asLong()).isEqualTo(7);
		assertThat(quarantineReasons(http, first)).containsExactlyInAnyOrder("DECREASING_REGISTER", "INCONSISTENT",
				"MISSING_VALUE", "FUTURE_TIMESTAMP", "ABSURD_VALUE", "BAD_TIMESTAMP", "UNKNOWN_METER");

		String c1 = customerId("REG-C1");
		assertThat(day(c1, "2026-06-01")).containsEntry("kwh", 10.0)
			.containsEntry("sharp_kwh", 1.0)
			.containsEntry("peak_kwh", 3.0)
			.containsEntry("flat_kwh", 4.0)
			.containsEntry("valley_kwh", 2.0)
			.containsEntry("interval_minutes", 1440)
			.containsEntry("hourly_kwh", null);
		assertThat(day(c1, "2026-06-02")).containsEntry("kwh", 12.5).containsEntry("peak_kwh", 3.5);
		assertThat(day(c1, "2026-06-03")).as("no freeze of 06-04 yet").isNull();
		assertThat(day(customerId("REG-C3"), "2026-06-01")).containsEntry("kwh", 500.0)
			.containsEntry("sharp_kwh", null);
		assertThat(day(customerId("REG-C2"), "2026-06-01")).as("the interval fact stays")
			.containsEntry("interval_minutes", 30)
			.containsEntry("kwh", 12.0);

		// The missing freeze arrives, a row again, a corrected reading; two days fill the
		// gap, one is recomputed.
		JsonNode second = upload(http, "registers", """
				meter_no,freeze_date,total,sharp,peak,flat,valley,multiplier
				REG-M1,2026-06-04,1030.00,103.00,308.50,412.00,206.50,
				REG-M1,2026-06-02,1010.00,101.00,303.00,404.00,202.00,
				REG-M3,2026-06-02,512.00,,,,,40
				""");
		assertThat(second.get("duplicates").asLong()).isEqualTo(1);
		assertThat(second.get("accepted").asLong()).isEqualTo(2);
		assertThat(second.get("conflicts").asLong()).isEqualTo(1);
		assertThat(day(c1, "2026-06-03")).containsEntry("kwh", 7.5);
		assertThat(day(c1, "2026-06-04")).containsEntry("kwh", 10.0).containsEntry("valley_kwh", 3.5);
		assertThat(day(customerId("REG-C3"), "2026-06-01")).containsEntry("kwh", 480.0);

		// A later file whose register is below the stored one: the reading is kept, the
		// day is not made up.
		JsonNode third = upload(http, "registers",
				"meter_no,freeze_date,total,multiplier\nREG-M3,2026-06-03,505.00,40\n");
		assertThat(third.get("accepted").asLong()).isEqualTo(1);
		assertThat(third.get("factsPublished").asLong()).isZero();
		assertThat(day(customerId("REG-C3"), "2026-06-02")).isNull();
		JsonNode quality = JSON.readTree(
				http.get("/api/v1/batches/" + third.get("id").asString() + "/quality", "loader", "loader-pw").body());
		for (JsonNode m : quality.findParents("dimension")) {
			if (m.get("dimension").asString().equals("CONSISTENCY")) {
				assertThat(m.get("numerator").asLong()).isZero();
			}
		}

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "register days on the usage topic",
				() -> kafka.readAll(Topics.USAGE_DAILY)
					.stream()
					.filter(r -> r.key().equals(c1) && r.value().contains("METER_REGISTERS"))
					.count() >= 4);
	}

	private List<String> quarantineReasons(TestHttp http, JsonNode batch) {
		JsonNode rows = JSON
			.readTree(http.get("/api/v1/batches/" + batch.get("id").asString() + "/quarantine", "loader", "loader-pw")
				.body());
		return rows.findValuesAsString("reasonCode");
	}

	private String customerId(String customerNo) {
		return this.jdbc.queryForObject("select customer_id from customer where customer_no = ?", String.class,
				customerNo);
	}

	private Map<String, Object> day(String customerId, String day) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select kwh, sharp_kwh, peak_kwh, flat_kwh, valley_kwh, interval_minutes::int as interval_minutes,
				       hourly_kwh::text as hourly_kwh
				from daily_usage where customer_id = ? and day = ?::date""", customerId, day);
		return rows.isEmpty() ? null : rows.get(0);
	}

}
