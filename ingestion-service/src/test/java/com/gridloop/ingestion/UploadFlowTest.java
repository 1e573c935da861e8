package com.gridloop.ingestion;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import java.util.Properties;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IngestionIntegrationTest
class UploadFlowTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customersAndReadingsBecomeFactsOnKafkaAndBadRowsAreQuarantined() {
		TestHttp http = new TestHttp(this.port);
		GeneratorConfig config = GeneratorConfig.defaults(42, 30, 3).withDefects(0.01, 0.01, 0.1);
		Population population = new Population(config);
		StringWriter customers = new StringWriter();
		population.writeCustomersCsv(customers);
		String archive = customers + "C-BAD-1,,,x,,,,SPACESHIP,,,,HB-RES\n,,,,,,,RESIDENTIAL,,,,HB-RES\n";

		JsonNode first = upload(http, "customers", archive.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(first.get("received").asLong()).isEqualTo(32);
		assertThat(first.get("accepted").asLong()).isEqualTo(30);
		assertThat(first.get("quarantined").asLong()).isEqualTo(2);

		StringWriter readings = new StringWriter();
		ReadingsWriter.Stats planted = new ReadingsWriter(population).write(readings);
		byte[] file = readings.toString().getBytes(StandardCharsets.UTF_8);
		JsonNode batch = upload(http, "readings", file, "UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(batch.get("received").asLong()).isEqualTo(planted.rows());
		assertThat(batch.get("quarantined").asLong()).isEqualTo(planted.badRows());
		assertThat(batch.get("duplicates").asLong()).isEqualTo(planted.duplicateRows());
		assertThat(batch.get("accepted").asLong()).isEqualTo(planted.validReadings());
		assertThat(batch.get("factsPublished").asLong()).isEqualTo(30L * 3);
		assertThat(batch.get("estimated").asLong()).isPositive();

		String id = batch.get("id").asString();
		JsonNode quarantine = JSON
			.readTree(http.get("/api/v1/batches/" + id + "/quarantine?size=1000", "loader", "loader-pw").body());
		assertThat(quarantine.get("rows")).hasSize((int) planted.badRows());
		long reasonTotal = 0;
		for (JsonNode n : quarantine.get("reasons")) {
			reasonTotal += n.asLong();
		}
		assertThat(reasonTotal).isEqualTo(planted.badRows());
		assertThat(quarantine.get("rows").get(0).get("rawLine").asString()).isNotBlank();

		Long stored = this.jdbc.queryForObject(
				"select sum(cardinality(array_remove(kwh, null))) from interval_day where batch_id = ?::uuid",
				Long.class, id);
		assertThat(stored).isEqualTo(planted.validReadings());

		assertThat(countOnTopic(Topics.USAGE_DAILY, Events.USAGE_RECORDED.name(), 90)).isGreaterThanOrEqualTo(90);

		JsonNode quality = JSON.readTree(http.get("/api/v1/batches/" + id + "/quality", "loader", "loader-pw").body());
		java.util.Map<String, JsonNode> byDimension = new java.util.HashMap<>();
		quality.forEach(m -> byDimension.put(m.get("dimension").asString(), m));
		assertThat(byDimension).containsOnlyKeys("COMPLETENESS", "UNIQUENESS", "VALIDITY", "CONSISTENCY", "TIMELINESS");
		assertThat(byDimension.get("VALIDITY").get("value").asDouble())
			.isEqualTo(1 - (double) planted.badRows() / planted.rows());
		assertThat(byDimension.get("UNIQUENESS").get("value").asDouble())
			.isEqualTo(1 - (double) planted.duplicateRows() / planted.rows());
		assertThat(byDimension.get("COMPLETENESS").get("numerator").asLong()).isEqualTo(planted.validReadings());
		assertThat(byDimension.get("VALIDITY").get("failingLines")).isNotEmpty();
		// Generated June 2026 readings uploaded months later are not timely.
		assertThat(byDimension.get("TIMELINESS").get("status").asString()).isEqualTo("FAIL");
		assertThat(JSON.readTree(http.get("/api/v1/quality?source=readings", "loader", "loader-pw").body()).size())
			.isGreaterThanOrEqualTo(5);

		JsonNode again = upload(http, "readings", file, "UTF-8");
		assertThat(again.get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(again.get("duplicateOf").asString()).isEqualTo(id);
	}

	@Test
	void aSpikeIsFlaggedAgainstTheMetersOwnDaysAndKept() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers",
				"customer_no,meter_no,category,tariff_code,contracted_kva\nSPK-C,SPK-M,GENERAL_CI,HB-CI-SP-LV,200\n"
					.getBytes(StandardCharsets.UTF_8),
				"UTF-8");
		StringBuilder file = new StringBuilder("meter_no,interval_start,interval_minutes,kwh\n");
		for (int d = 1; d <= 10; d++) {
			for (int s = 0; s < 96; s++) {
				double kwh = d == 4 && s == 30 ? 25.0 : 2.0 + (s % 7) * 0.05;
				file.append("SPK-M,2026-06-")
					.append(d < 10 ? "0" + d : d)
					.append(' ')
					.append(String.format("%02d:%02d", s / 4, (s % 4) * 15))
					.append(",15,")
					.append(kwh)
					.append('\n');
			}
		}
		JsonNode batch = upload(http, "readings", file.toString().getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("spikes").asLong()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select spikes[1] from interval_day where meter_no = 'SPK-M' and day = '2026-06-04'", Integer.class))
			.isEqualTo(30);
		assertThat(this.jdbc.queryForObject(
				"select kwh[31] from interval_day where meter_no = 'SPK-M' and day = '2026-06-04'", Double.class))
			.isEqualTo(25.0);
	}

	@Test
	void aGbkArchiveWithChineseCategoriesIsRead() {
		TestHttp http = new TestHttp(this.port);
		String csv = "客户编号,户名,用电类别,电价代码,联系电话\nGBK-001,张伟,居民,HB-RES,+86 138-0000-1111\n";
		JsonNode batch = upload(http, "customers", csv.getBytes(Charset.forName("GBK")), "GBK");
		assertThat(batch.get("accepted").asLong()).isEqualTo(1);
		// An administrator reads personal data in full; the data team's analysts masked.
		HttpResponse<String> found = http.get("/api/v1/customers?aliasType=CUSTOMER_NO&aliasValue=GBK-001", "admin",
				"admin-pw");
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		JsonNode customer = JSON.readTree(found.body());
		assertThat(customer.get("name").asString()).isEqualTo("张伟");
		assertThat(customer.get("phone").asString()).isEqualTo("13800001111");
		assertThat(customer.get("category").asString()).isEqualTo("RESIDENTIAL");
	}

	@Test
	void uploadsNeedAnAuthorisedRoleAndErrorsAreProblemDetails() {
		TestHttp http = new TestHttp(this.port);
		byte[] body = "customer_no,category,tariff_code\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> anonymous = http.post("/api/v1/batches/customers", null, null, "text/csv", body);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(http.post("/api/v1/batches/customers", "marketer", "marketer-pw", "text/csv", body).statusCode())
			.isEqualTo(403);
		HttpResponse<String> unknown = http.post("/api/v1/batches/spaceships", "loader", "loader-pw", "text/csv", body);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(unknown.body()).get("detail").asString()).contains("spaceships");
		assertThat(http.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aFileWithoutTheRequiredColumnsFailsWithAClearError() {
		TestHttp http = new TestHttp(this.port);
		JsonNode batch = upload(http, "readings", "meter,when\nM1,2026-01-01 00:00\n".getBytes(StandardCharsets.UTF_8),
				"UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("FAILED");
		assertThat(batch.get("error").asString()).contains("kwh");
	}

	private static JsonNode upload(TestHttp http, String source, byte[] body, String charset) {
		HttpResponse<String> response = http.post("/api/v1/batches/" + source + "?wait=true&charset=" + charset,
				"loader", "loader-pw", "text/csv", body);
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		return JSON.readTree(response.body());
	}

	private static long countOnTopic(String topic, String type, long atLeast) {
		Properties p = new Properties();
		p.put("bootstrap.servers", TestInfrastructure.shared().kafkaBootstrap());
		p.put("group.id", "upload-flow-test-" + System.nanoTime());
		p.put("auto.offset.reset", "earliest");
		long count = 0;
		try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (count < atLeast && System.nanoTime() < deadline) {
				for (var record : consumer.poll(Duration.ofMillis(500))) {
					if (JSON.readTree(record.value()).get("type").asString().equals(type)) {
						count++;
					}
				}
			}
		}
		return count;
	}

}
