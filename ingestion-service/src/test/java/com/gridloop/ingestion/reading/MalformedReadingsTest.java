package com.gridloop.ingestion.reading;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.gridloop.ingestion.IngestionIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input of every kind a metering export produces: the bad row is quarantined
 * with its reason, raw line and line number, and the good rows beside it are stored.
 * File-level damage fails the batch with a clear error.
 */
@IngestionIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedReadingsTest {

	private static final String HEADER = "meter_no,interval_start,interval_minutes,kwh\n";

	private static final AtomicInteger METERS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestHttp http;

	@BeforeAll
	void meters() {
		this.http = new TestHttp(this.port);
		StringBuilder archive = new StringBuilder("customer_no,meter_no,category,tariff_code,contracted_kva\n");
		for (int i = 0; i < 60; i++) {
			archive.append("MAL-C").append(i).append(",MAL-M").append(i).append(",GENERAL_CI,HB-CI-SP-LV,100\n");
		}
		HttpResponse<String> r = this.http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw",
				"text/csv", archive.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
	}

	/**
	 * A bad line between two good rows of the same meter; {@code %M} is replaced by the
	 * case's own meter.
	 */
	static Stream<Arguments> badRows() {
		return Stream.of(Arguments.of("missing field (truncated line)", "%M,2026-06-01 01:00,15", "COLUMN_COUNT"),
				Arguments.of("only two fields", "%M,2026-06-01 01:00", "COLUMN_COUNT"),
				Arguments.of("extra field", "%M,2026-06-01 01:00,15,0.5,extra", "COLUMN_COUNT"),
				Arguments.of("decimal comma", "%M,2026-06-01 01:00,15,0,5", "COLUMN_COUNT"),
				Arguments.of("semicolon-separated line", "%M;2026-06-01 01:00;15;0.5", "COLUMN_COUNT"),
				Arguments.of("repeated header", "meter_no,interval_start,interval_minutes,kwh", "DUPLICATE_HEADER"),
				Arguments.of("non-numeric kWh", "%M,2026-06-01 01:00,15,abc", "BAD_NUMBER"),
				Arguments.of("NaN", "%M,2026-06-01 01:00,15,NaN", "BAD_NUMBER"),
				Arguments.of("infinity", "%M,2026-06-01 01:00,15,Infinity", "BAD_NUMBER"),
				Arguments.of("hexadecimal", "%M,2026-06-01 01:00,15,0x10", "BAD_NUMBER"),
				Arguments.of("thousands separator", "%M,2026-06-01 01:00,15,\"1,234\"", "BAD_NUMBER"),
				Arguments.of("negative kWh", "%M,2026-06-01 01:00,15,-0.5", "NEGATIVE_VALUE"),
				Arguments.of("absurd kWh", "%M,2026-06-01 01:00,15,1e9", "ABSURD_VALUE"),
				Arguments.of("far future", "%M,2099-06-01 01:00,15,0.5", "FUTURE_TIMESTAMP"),
				Arguments.of("before 2000", "%M,1999-12-31 23:45,15,0.5", "TOO_OLD"),
				Arguments.of("impossible date", "%M,2026-02-30 01:00,15,0.5", "BAD_TIMESTAMP"),
				Arguments.of("hour 24", "%M,2026-06-01 24:00,15,0.5", "BAD_TIMESTAMP"),
				Arguments.of("slashes in the date", "%M,2026/06/01 01:00,15,0.5", "BAD_TIMESTAMP"),
				Arguments.of("zone name suffix", "%M,2026-06-01T01:00 CST,15,0.5", "BAD_TIMESTAMP"),
				Arguments.of("date only", "%M,2026-06-01,15,0.5", "BAD_TIMESTAMP"),
				Arguments.of("off the interval grid", "%M,2026-06-01 01:07,15,0.5", "MISALIGNED_TIMESTAMP"),
				Arguments.of("seconds", "%M,2026-06-01 01:00:30,15,0.5", "MISALIGNED_TIMESTAMP"),
				Arguments.of("unsupported interval", "%M,2026-06-01 01:00,7,0.5", "BAD_INTERVAL"),
				Arguments.of("fractional interval", "%M,2026-06-01 01:00,15.5,0.5", "BAD_INTERVAL"),
				Arguments.of("empty meter", ",2026-06-01 01:00,15,0.5", "MISSING_VALUE"),
				Arguments.of("empty kWh", "%M,2026-06-01 01:00,15,", "MISSING_VALUE"),
				Arguments.of("blank kWh", "%M,2026-06-01 01:00,15,   ", "MISSING_VALUE"),
				Arguments.of("unknown meter", "NOBODY-1,2026-06-01 01:00,15,0.5", "UNKNOWN_METER"),
				Arguments.of("quoted newline", "\"%M\nX\",2026-06-01 01:00,15,0.5", "UNKNOWN_METER"),
				Arguments.of("NUL byte", "%M\u0000,2026-06-01 01:00,15,0.5", "UNKNOWN_METER"),
				Arguments.of("30-minute row on a 15-minute day", "%M,2026-06-01 01:00,30,0.5", "INCONSISTENT"),
				Arguments.of("very long line", "%M,2026-06-01 01:00,15," + "9".repeat(100_000), "BAD_NUMBER"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRows")
	void aBadRowIsQuarantinedWithItsReasonAndTheGoodRowsBesideItAreKept(String kind, String badLine, String reason) {
		String meter = "MAL-M" + METERS.getAndIncrement();
		String file = HEADER + meter + ",2026-06-01 00:00,15,0.25\n" + badLine.replace("%M", meter) + "\n" + meter
				+ ",2026-06-01 00:15,15,0.75\n";
		JsonNode batch = upload(file.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("status").asString()).as(kind).isEqualTo("COMPLETED");
		assertThat(batch.get("accepted").asLong()).as(kind).isEqualTo(2);
		assertThat(batch.get("quarantined").asLong()).as(kind).isEqualTo(1);
		JsonNode q = quarantine(batch);
		assertThat(q.get("rows")).as(kind).hasSize(1);
		JsonNode row = q.get("rows").get(0);
		assertThat(row.get("reasonCode").asString()).as(kind).isEqualTo(reason);
		assertThat(row.get("lineNo").asLong()).as(kind).isEqualTo(3);
		assertThat(row.get("message").asString()).as(kind).isNotBlank();
		Double stored = this.jdbc.queryForObject("""
				select kwh[1] + kwh[2] from interval_day where meter_no = ? and day = '2026-06-01'""", Double.class,
				meter);
		assertThat(stored).as(kind).isEqualTo(1.0);
	}

	@Test
	void quarantinedRowsAreReplayedAfterTheFixAndOnlyOnce() {
		String file = HEADER + "LATE-M1,2026-06-01 00:00,15,0.25\nLATE-M1,2026-06-01 00:15,15,0.5\n"
				+ "MAL-M59,2026-06-02 00:00,15,abc\n";
		JsonNode first = upload(file.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(first.get("quarantined").asLong()).isEqualTo(3);
		// The meter reaches the archive later: its rows can now be read.
		HttpResponse<String> archive = this.http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw",
				"text/csv",
				"customer_no,meter_no,category,tariff_code,contracted_kva\nLATE-C1,LATE-M1,GENERAL_CI,HB-CI-SP-LV,100\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(archive.statusCode()).isEqualTo(201);
		String id = first.get("id").asString();
		HttpResponse<String> replayed = this.http.post(
				"/api/v1/batches/" + id + "/quarantine/replay?reason=UNKNOWN_METER&wait=true", "loader", "loader-pw",
				"application/json", new byte[0]);
		assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(201);
		JsonNode replay = this.json.readTree(replayed.body());
		assertThat(replay.get("replayOf").asString()).isEqualTo(id);
		assertThat(replay.get("accepted").asLong()).isEqualTo(2);
		assertThat(replay.get("quarantined").asLong()).isZero();
		JsonNode rows = quarantine(first).get("rows");
		assertThat(rows).hasSize(3);
		rows.forEach(r -> {
			if (r.get("reasonCode").asString().equals("UNKNOWN_METER")) {
				assertThat(r.get("replayedIn").asString()).isEqualTo(replay.get("id").asString());
			}
			else {
				assertThat(r.get("replayedIn").isNull()).isTrue();
			}
		});
		HttpResponse<String> again = this.http.post("/api/v1/batches/" + id + "/quarantine/replay?reason=UNKNOWN_METER",
				"loader", "loader-pw", "application/json", new byte[0]);
		assertThat(again.statusCode()).isEqualTo(422);
	}

	@Test
	void gbkBytesReadAsUtf8AreReplacedVisiblyAndQuarantinedNotFatal() {
		String meter = "MAL-M" + METERS.getAndIncrement();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes((HEADER + meter + ",2026-06-01 00:00,15,0.25\n").getBytes(StandardCharsets.UTF_8));
		file.writeBytes(("电表" + meter + ",2026-06-01 00:15,15,0.5\n").getBytes(Charset.forName("GBK")));
		JsonNode batch = upload(file.toByteArray(), "UTF-8");
		assertThat(batch.get("accepted").asLong()).isEqualTo(1);
		JsonNode row = quarantine(batch).get("rows").get(0);
		assertThat(row.get("reasonCode").asString()).isEqualTo("UNKNOWN_METER");
		assertThat(row.get("rawLine").asString()).contains("\uFFFD");
	}

	@Test
	void anUnclosedQuoteKeepsTheRowsBeforeIt() {
		String meter = "MAL-M" + METERS.getAndIncrement();
		String file = HEADER + meter + ",2026-06-01 00:00,15,0.25\n" + meter + ",\"2026-06-01 00:15,15,0.5\n" + meter
				+ ",2026-06-01 00:30,15,0.5\n";
		JsonNode batch = upload(file.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("accepted").asLong()).isEqualTo(1);
		assertThat(batch.get("quarantined").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndingsAreFine() {
		String meter = "MAL-M" + METERS.getAndIncrement();
		String file = "\uFEFF" + HEADER.replace("\n", "\r\n") + meter + ",2026-06-01 00:00,15,0.25\r\n" + meter
				+ ",2026-06-01 00:15,15,0.5\r\n";
		JsonNode batch = upload(file.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("accepted").asLong()).isEqualTo(2);
		assertThat(batch.get("quarantined").asLong()).isZero();
	}

	@Test
	void anEmptyFileFailsWithAClearError() {
		JsonNode batch = upload(new byte[0], "UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("FAILED");
		assertThat(batch.get("error").asString()).contains("empty");
	}

	@Test
	void aHeaderOnlyFileCompletesWithNothing() {
		JsonNode batch = upload((HEADER + "\n\n").getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(batch.get("received").asLong()).isZero();
	}

	@Test
	void aWrongDelimiterFailsTheBatchNamingTheMissingColumns() {
		JsonNode batch = upload("meter_no;interval_start;interval_minutes;kwh\nM;2026-06-01 00:00;15;1\n"
			.getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("FAILED");
		assertThat(batch.get("error").asString()).contains("lacks required column");
	}

	@Test
	void aHeaderNamingAColumnTwiceFailsTheBatch() {
		JsonNode batch = upload("meter_no,kwh,interval_start,kwh\n".getBytes(StandardCharsets.UTF_8), "UTF-8");
		assertThat(batch.get("status").asString()).isEqualTo("FAILED");
		assertThat(batch.get("error").asString()).contains("appears twice");
	}

	@Test
	void binaryGarbageNeverCrashesTheServiceAndIsReportedAsSuch() {
		byte[] garbage = new byte[64 * 1024];
		new Random(7).nextBytes(garbage);
		JsonNode batch = upload(garbage, "UTF-8");
		assertThat(batch.get("status").asString()).isIn("FAILED", "COMPLETED");
		if (batch.get("status").asString().equals("COMPLETED")) {
			assertThat(batch.get("accepted").asLong()).isZero();
		}
		else {
			assertThat(batch.get("error").asString()).isNotBlank();
		}
		assertThat(this.http.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownCharsetOrProfileIsABadRequest() {
		HttpResponse<String> charset = this.http.post("/api/v1/batches/readings?charset=KLINGON", "loader", "loader-pw",
				"text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(charset.statusCode()).isEqualTo(400);
		assertThat(charset.body()).contains("KLINGON");
		HttpResponse<String> profile = this.http.post("/api/v1/batches/readings?profile=mars", "loader", "loader-pw",
				"text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(profile.statusCode()).isEqualTo(400);
		assertThat(profile.body()).contains("mars");
	}

	private JsonNode upload(byte[] body, String charset) {
		HttpResponse<String> r = this.http.post("/api/v1/batches/readings?wait=true&charset=" + charset, "loader",
				"loader-pw", "text/csv", body);
		assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
		return this.json.readTree(r.body());
	}

	private JsonNode quarantine(JsonNode batch) {
		return this.json.readTree(
				this.http.get("/api/v1/batches/" + batch.get("id").asString() + "/quarantine", "loader", "loader-pw")
					.body());
	}

}
