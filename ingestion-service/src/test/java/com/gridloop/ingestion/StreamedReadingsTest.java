package com.gridloop.ingestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings streamed on the meter-readings topic become batches of the readings source:
 * the same validation, quarantine and facts as a file, the batch named after the offsets
 * it holds, the offsets committed once stored.
 */
@IngestionIntegrationTest
class StreamedReadingsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KafkaAdmin kafkaAdmin;

	@Test
	void streamedReadingsAreIngestedLikeAFileAndTheirOffsetsCommitted() throws Exception {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers",
				"customer_no,meter_no,category,tariff_code,contracted_kva\nSTR-C1,STR-M1,RESIDENTIAL,HB-RES,8\n");
		List<String> messages = new ArrayList<>();
		for (int slot = 0; slot < 48; slot++) {
			messages.add(
					"{\"meterNo\":\"STR-M1\",\"intervalStart\":\"2026-06-01 %02d:%02d:00\",\"intervalMinutes\":30,\"kwh\":0.25}"
						.formatted(slot / 2, slot % 2 * 30));
		}
		messages.add(
				"{\"meter_no\":\"STR-M1\",\"interval_start\":\"2026-06-01 00:00:00\",\"interval_minutes\":\"30\",\"kwh\":\"0.25\"}");
		messages.add("not json at all");
		messages.add("{\"meterNo\":\"STR-NOBODY\",\"intervalStart\":\"2026-06-01 00:00:00\",\"kwh\":1}");
		messages.add(
				"{\"meterNo\":\"STR-M1\",\"intervalStart\":\"2026-06-02 00:00:00\",\"intervalMinutes\":30,\"kwh\":-1}");
		TestKafka.shared().sendValues(Topics.METER_READINGS, "STR-M1", messages);

		TestKafka.await(Duration.ofSeconds(60), "the streamed messages in completed batches",
				() -> count("select coalesce(sum(received), 0) from ingest_batch where file_name like 'kafka %'"
						+ " and status = 'COMPLETED'") >= messages.size());
		List<Map<String, Object>> batches = this.jdbc.queryForList(
				"select id::text as id, file_name, received, accepted, quarantined, duplicates from ingest_batch"
						+ " where file_name like 'kafka %' order by created_at");
		assertThat(batches).allSatisfy(b -> assertThat((String) b.get("file_name"))
			.matches("kafka gridloop\\.source\\.meter-readings( p\\d+@\\d+-\\d+)+"));
		assertThat(sum(batches, "accepted")).isEqualTo(48);
		assertThat(sum(batches, "duplicates")).isEqualTo(1);
		assertThat(sum(batches, "quarantined")).isEqualTo(3);

		String customer = this.jdbc.queryForObject("select customer_id from customer where customer_no = 'STR-C1'",
				String.class);
		assertThat(this.jdbc.queryForObject("select kwh from daily_usage where customer_id = ? and day = '2026-06-01'",
				Double.class, customer))
			.isEqualTo(12.0);
		List<String> reasons = new ArrayList<>();
		for (Map<String, Object> b : batches) {
			JsonNode q = JSON
				.readTree(http.get("/api/v1/batches/" + b.get("id") + "/quarantine", "loader", "loader-pw").body());
			reasons.addAll(q.findValuesAsString("reasonCode"));
			assertThat(q.findValuesAsString("rawLine")).allSatisfy(raw -> assertThat(raw).isNotBlank());
		}
		assertThat(reasons).containsExactlyInAnyOrder("PARSE_ERROR", "UNKNOWN_METER", "NEGATIVE_VALUE");

		try (Admin admin = Admin.create(this.kafkaAdmin.getConfigurationProperties())) {
			TestKafka.await(Duration.ofSeconds(30), "the offsets committed", () -> {
				try {
					Map<?, OffsetAndMetadata> committed = admin
						.listConsumerGroupOffsets("gridloop-ingestion-meter-stream")
						.partitionsToOffsetAndMetadata()
						.get();
					return committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum() >= messages.size();
				}
				catch (Exception ex) {
					return false;
				}
			});
		}
	}

	private static long sum(List<Map<String, Object>> rows, String column) {
		return rows.stream().mapToLong(r -> ((Number) r.get(column)).longValue()).sum();
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
