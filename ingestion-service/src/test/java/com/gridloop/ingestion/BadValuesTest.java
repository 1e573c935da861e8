package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values no source should hold never cost the good rows beside them: every numeric column
 * of every source is fed a value just outside its range and absurd ones, each quarantined
 * with a reason naming the field, while the batch completes with its good rows; a value
 * the database itself refuses is narrowed to its row; an over-long text is quarantined as
 * {@code FIELD_TOO_LONG}.
 */
@IngestionIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadValuesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Absurd values every numeric column gets, beside the ones just outside its own
	 * range.
	 */
	private static final List<String> ABSURD = List.of("1e308", "-1e308", "NaN", "Infinity",
			"1234567890123456789012345678901234567890");

	private static final Set<String> NUMBER_REASONS = Set.of("OUT_OF_RANGE", "NEGATIVE_VALUE", "BAD_NUMBER",
			"MISSING_VALUE", "ABSURD_VALUE", "BAD_INTERVAL");

	@LocalServerPort
	int port;

	private TestHttp http;

	@BeforeAll
	void archive() {
		this.http = new TestHttp(this.port);
		StringBuilder archive = new StringBuilder("customer_no,cons_no,meter_no,category,tariff_code,contracted_kva\n");
		for (int i = 0; i < 12; i++) {
			archive.append("BADV-C")
				.append(i)
				.append(",BADV-A")
				.append(i)
				.append(",BADV-M")
				.append(i)
				.append(",GENERAL_CI,HB-CI-SP-LV,100\n");
		}
		upload(this.http, "customers", archive.toString());
	}

	/**
	 * Source, header, row template ({@code %K} a key that differs per row, {@code %V} the
	 * value under test), column, a good value, whether an empty value is a good row
	 * (optional column), and the values just outside the range.
	 */
	static Stream<Arguments> numericColumns() {
		String bills = "cons_no,bill_month,kwh,amount,due_date,paid_amount,paid_date,owe_amt,penalty,pay_channel";
		String registers = "meter_no,freeze_date,total,sharp,peak,flat,valley,multiplier";
		String readings = "meter_no,interval_start,interval_minutes,kwh,kvarh";
		return Stream.of(Arguments.of("customers", "customer_no,category,tariff_code,contracted_kva",
				"BADV-K%K,GENERAL_CI,HB-CI-SP-LV,%V", "contracted_kva", "800", true, List.of("-0.01", "5000000.01")),
				Arguments.of("bills", bills, "BADV-A1,2024-%K,%V,10.00,2024-%K-20,10.00,2024-%K-10,0,0,APP", "kwh",
						"100", false, List.of("-0.01", "1000000000.01")),
				Arguments.of("bills", bills, "BADV-A2,2024-%K,100,%V,2024-%K-20,10.00,2024-%K-10,0,0,APP", "amount",
						"10.00", false, List.of("-0.01", "10000000000.01")),
				Arguments.of("bills", bills, "BADV-A3,2024-%K,100,10.00,2024-%K-20,%V,2024-%K-10,0,0,APP",
						"paid_amount", "10.00", false, List.of("-0.01", "10000000000.01")),
				Arguments.of("bills", bills, "BADV-A4,2024-%K,100,10.00,2024-%K-20,10.00,2024-%K-10,%V,0,APP",
						"owe_amt", "0", false, List.of("-0.01", "10000000000.01")),
				Arguments.of("bills", bills, "BADV-A5,2024-%K,100,10.00,2024-%K-20,10.00,2024-%K-10,0,%V,APP",
						"penalty", "0", true, List.of("-0.01", "10000000000.01")),
				Arguments.of("registers", registers, "BADV-M1,2025-01-%K,%V,,,,,", "total", "100", false,
						List.of("-0.001", "1000000000000.001")),
				Arguments.of("registers", registers, "BADV-M2,2025-01-%K,100,%V,100,0,0,", "sharp", "0", false,
						List.of("-0.001", "1000000000000.001")),
				Arguments.of("registers", registers, "BADV-M3,2025-01-%K,100,0,%V,0,0,", "peak", "100", false,
						List.of("-0.001", "1000000000000.001")),
				Arguments.of("registers", registers, "BADV-M4,2025-01-%K,100,0,0,%V,0,", "flat", "100", false,
						List.of("-0.001", "1000000000000.001")),
				Arguments.of("registers", registers, "BADV-M5,2025-01-%K,100,0,0,100,%V,", "valley", "0", false,
						List.of("-0.001", "1000000000000.001")),
				Arguments.of("registers", registers, "BADV-M6,2025-01-%K,100,,,,,%V", "multiplier", "40", true,
						List.of("-0.01", "100000.01")),
				Arguments.of("weather", "region_code,date,min_temp,max_temp", "420102,2024-03-%K,%V,30", "min_temp",
						"10", false, List.of("-60.1", "60.1")),
				Arguments.of("weather", "region_code,date,min_temp,max_temp", "420102,2024-04-%K,-10,%V", "max_temp",
						"10", false, List.of("-60.1", "60.1")),
				Arguments.of("readings", readings, "BADV-M7,2026-01-05 %K:00,60,%V,", "kwh", "1.5", false,
						List.of("-0.01", "150.01")),
				Arguments.of("readings", readings, "BADV-M8,2026-01-05 %K:00,60,1,%V", "kvarh", "0.5", true,
						List.of("-0.01", "150.01")),
				Arguments.of("readings", readings, "BADV-M9,2026-01-05 %K:00,%V,1,", "interval_minutes", "30", true,
						List.of("0", "61")));
	}

	@ParameterizedTest(name = "{0}.{3}")
	@MethodSource("numericColumns")
	void anOutOfRangeNumberIsQuarantinedAndTheGoodRowsAreKept(String source, String header, String template,
			String column, String good, boolean optional, List<String> justOutside) {
		List<String> bad = new ArrayList<>(justOutside);
		bad.addAll(ABSURD);
		StringBuilder file = new StringBuilder(header).append('\n');
		int key = 1;
		file.append(row(template, key++, good));
		for (String value : bad) {
			file.append(row(template, key++, value));
		}
		file.append(row(template, key++, ""));
		file.append(row(template, key, good));

		JsonNode batch = upload(this.http, source, file.toString());

		assertThat(batch.get("accepted").asLong()).as(batch.toString()).isEqualTo(optional ? 3 : 2);
		JsonNode quarantine = quarantine(batch);
		assertThat(quarantine.get("rows")).hasSize(bad.size() + (optional ? 0 : 1));
		for (JsonNode row : quarantine.get("rows")) {
			assertThat(NUMBER_REASONS).as(row.toString()).contains(row.get("reasonCode").asString());
			assertThat(row.get("message").asString()).as(row.toString()).containsIgnoringCase(column);
		}
		for (String value : justOutside) {
			assertThat(quarantine.get("rows").toString()).as("just outside: " + value).contains(value);
		}
	}

	@Test
	void theReportedArchiveKeepsItsThreeGoodRows() {
		JsonNode batch = upload(this.http, "customers", """
				customer_no,category,tariff_code,contracted_kva
				BADV-R1,GENERAL_CI,HB-CI-SP-LV,100
				BADV-R2,GENERAL_CI,HB-CI-SP-LV,1e308
				BADV-R3,GENERAL_CI,HB-CI-SP-LV,200
				BADV-R4,GENERAL_CI,HB-CI-SP-LV,300
				""");
		assertThat(batch.get("accepted").asLong()).isEqualTo(3);
		assertThat(quarantine(batch).get("rows").get(0).get("reasonCode").asString()).isEqualTo("OUT_OF_RANGE");
	}

	/**
	 * PostgreSQL text cannot hold NUL: the parser lets it through, the database refuses
	 * it, its row alone goes.
	 */
	@Test
	void aRowTheDatabaseRefusesIsNarrowedToItselfAndQuarantined() {
		StringBuilder file = new StringBuilder("customer_no,name,category,tariff_code\n");
		for (int i = 0; i < 50; i++) {
			file.append("BADV-N")
				.append(i)
				.append(',')
				.append(i == 17 ? "张\u0000三" : "李四")
				.append(",RESIDENTIAL,HB-RES\n");
		}
		JsonNode batch = upload(this.http, "customers", file.toString());
		assertThat(batch.get("accepted").asLong()).isEqualTo(49);
		JsonNode rows = quarantine(batch).get("rows");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("reasonCode").asString()).isEqualTo("STORE_REJECTED");
		assertThat(rows.get(0).get("lineNo").asLong()).isEqualTo(19);
		assertThat(rows.get(0).get("rawLine").asString()).startsWith("BADV-N17,");
	}

	@Test
	void anOverLongNameIsQuarantinedAndTheRestOfTheBatchKept() {
		String name = "名".repeat(200_000);
		JsonNode batch = upload(this.http, "customers",
				"customer_no,name,address,category,tariff_code\n" + "BADV-L1,王五,武汉市江岸区,RESIDENTIAL,HB-RES\n"
						+ "BADV-L2," + name + ",武汉市江岸区,RESIDENTIAL,HB-RES\n" + "BADV-L3,赵六," + "路".repeat(301)
						+ ",RESIDENTIAL,HB-RES\n" + "BADV-L4,钱七,武汉市江汉区,RESIDENTIAL,HB-RES\n");
		assertThat(batch.get("accepted").asLong()).isEqualTo(2);
		JsonNode rows = quarantine(batch).get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.findValuesAsString("reasonCode")).containsOnly("FIELD_TOO_LONG");
		assertThat(rows.toString()).contains("name has 200000 characters; at most 100").contains("address has 301");
	}

	@Test
	void jsonLinesAreTakenUnderTheirUsualMediaTypes() {
		for (String type : List.of("application/x-ndjson", "application/jsonl", "application/json-lines")) {
			String line = "{\"meter_no\":\"BADV-M10\",\"interval_start\":\"2026-01-06T0%d:00:00+08:00\",\"interval_minutes\":60,\"kwh\":1}\n"
				.formatted(
						List.of("application/x-ndjson", "application/jsonl", "application/json-lines").indexOf(type));
			HttpResponse<String> r = this.http.post("/api/v1/batches/readings?wait=true", "loader", "loader-pw", type,
					line.getBytes(StandardCharsets.UTF_8));
			assertThat(r.statusCode()).as(type + ": " + r.body()).isEqualTo(201);
			assertThat(JSON.readTree(r.body()).get("accepted").asLong()).as(r.body()).isEqualTo(1);
		}
		HttpResponse<String> refused = this.http.post("/api/v1/batches/readings", "loader", "loader-pw",
				"application/xml", "<readings/>".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(415);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("accepted").toString()).contains("application/x-ndjson").contains("text/csv");
		assertThat(problem.get("detail").asString()).contains("application/xml");
	}

	private static String row(String template, int key, String value) {
		return template.replace("%K", "%02d".formatted(key)).replace("%V", value) + "\n";
	}

	private JsonNode quarantine(JsonNode batch) {
		return JSON.readTree(this.http
			.get("/api/v1/batches/" + batch.get("id").asString() + "/quarantine?size=100", "loader", "loader-pw")
			.body());
	}

}
