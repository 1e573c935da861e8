package com.gridloop.ingestion;

import java.util.Map;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Readings with reactive energy beside the active: the day's fact carries the reactive
 * energy and the power factor of the intervals that measured both; a reactive value that
 * is not a number is quarantined with its row.
 */
@IngestionIntegrationTest
class ReactiveEnergyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void powerFactorFromKwhAndKvarh() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,meter_no,category,tariff_code,contracted_kva
				PFT-C1,PFT-M1,GENERAL_CI,HB-CI-SP-LV,200
				PFT-C2,PFT-M2,GENERAL_CI,HB-CI-SP-LV,200
				""");
		StringBuilder rows = new StringBuilder("meter_no,interval_start,interval_minutes,kwh,kvarh\n");
		for (int slot = 0; slot < 96; slot++) {
			String start = "2026-06-01 %02d:%02d:00".formatted(slot / 4, slot % 4 * 15);
			// The first meter measures 4 kWh and 3 kvarh an interval (power factor 0.8),
			// its last interval no kvarh.
			rows.append("PFT-M1,").append(start).append(",15,4.0,").append(slot == 95 ? "" : "3.0").append('\n');
			rows.append("PFT-M2,").append(start).append(",15,2.0,").append(slot == 10 ? "n/a" : "").append('\n');
		}
		JsonNode batch = upload(http, "readings", rows.toString());
		assertThat(batch.get("quarantined").asLong()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select reason_code from quarantine_row where batch_id = ?::uuid",
				String.class, batch.get("id").asString()))
			.isEqualTo("BAD_NUMBER");

		Map<String, Object> first = fact("PFT-C1");
		assertThat((Double) first.get("reactive_kvarh")).isCloseTo(95 * 3.0, within(1e-6));
		assertThat((Double) first.get("reactive_base_kwh")).isCloseTo(95 * 4.0, within(1e-6));
		assertThat((Double) first.get("power_factor")).isCloseTo(0.8, within(1e-4));
		assertThat((Double) first.get("kwh")).isCloseTo(96 * 4.0, within(1e-6));
		Map<String, Object> second = fact("PFT-C2");
		assertThat(second.get("power_factor")).as("no reactive energy, no power factor").isNull();
		assertThat(second.get("reactive_kvarh")).isNull();
	}

	private Map<String, Object> fact(String customerNo) {
		return this.jdbc.queryForMap(
				"""
						select u.kwh, u.reactive_kvarh, u.reactive_base_kwh, u.power_factor from daily_usage u
						join customer c on c.customer_id = u.customer_id where c.customer_no = ? and u.day = date '2026-06-01'""",
				customerNo);
	}

}
