package com.gridloop.ingestion.reading;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.gridloop.ingestion.IngestionIntegrationTest;
import com.gridloop.testsupport.LondonSample;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The six real Low Carbon London households through the {@code lcl} source profile: every
 * row counted, every gap where the files have it, London calendar days with the clock
 * changes, and daily kWh as computed by hand.
 */
@IngestionIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LondonSampleTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, JsonNode> batches = new HashMap<>();

	@BeforeAll
	void ingest() {
		TestHttp http = new TestHttp(this.port);
		StringBuilder archive = new StringBuilder("customer_no,meter_no,category,tariff_code,region_code\n");
		LondonSample.HOUSEHOLDS.forEach((id, group) -> archive.append(id)
			.append(',')
			.append(id)
			.append(",RESIDENTIAL,")
			.append("ToU".equals(group) ? "LCL-DTOU" : "LCL-STD")
			.append(",LONDON\n"));
		HttpResponse<String> customers = http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw",
				"text/csv", archive.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(customers.statusCode()).as(customers.body()).isEqualTo(201);
		for (String household : LondonSample.HOUSEHOLDS.keySet()) {
			HttpResponse<String> r = http.post(
					"/api/v1/batches/readings?wait=true&profile=lcl&fileName=" + household + ".csv", "loader",
					"loader-pw", "text/csv", LondonSample.file(household));
			assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
			this.batches.put(household, this.json.readTree(r.body()));
		}
	}

	@Test
	void everyRowIsCountedAndTheGapsAreWhereTheFilesHaveThem() {
		for (String household : LondonSample.HOUSEHOLDS.keySet()) {
			List<LondonSample.Reading> rows = LondonSample.readings(household);
			Set<String> distinct = rows.stream().map(LondonSample.Reading::gmt).collect(Collectors.toSet());
			JsonNode batch = this.batches.get(household);
			assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
			assertThat(batch.get("received").asLong()).as(household).isEqualTo(rows.size());
			assertThat(batch.get("quarantined").asLong()).as(household).isZero();
			assertThat(batch.get("accepted").asLong()).as(household).isEqualTo(distinct.size());
			assertThat(batch.get("duplicates").asLong()).as(household).isEqualTo(rows.size() - distinct.size());
			Long stored = this.jdbc.queryForObject(
					"select sum(cardinality(array_remove(kwh, null))) from interval_day where meter_no = ?", Long.class,
					household);
			assertThat(stored).as(household).isEqualTo(distinct.size());
			// 2013 in GMT is exactly London's 365 calendar days: 17,520 half-hours,
			// whatever is not in the file is a gap.
			Long slots = this.jdbc.queryForObject("select sum(cardinality(kwh)) from interval_day where meter_no = ?",
					Long.class, household);
			assertThat(slots).as(household).isEqualTo(365L * 48);
			Long missing = this.jdbc.queryForObject(
					"select sum(cardinality(kwh) - cardinality(array_remove(kwh, null))) from interval_day where meter_no = ?",
					Long.class, household);
			assertThat(missing).as(household).isEqualTo(365L * 48 - distinct.size());
		}
	}

	@Test
	void londonDaysFollowTheClockChanges() {
		Map<LocalDate, Integer> slots = new HashMap<>();
		this.jdbc.query("select day, cardinality(kwh) from interval_day where meter_no = 'MAC000002'", rs -> {
			slots.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
		});
		assertThat(slots).hasSize(365);
		assertThat(slots.get(LocalDate.of(2013, 3, 31))).isEqualTo(46);
		assertThat(slots.get(LocalDate.of(2013, 10, 27))).isEqualTo(50);
		assertThat(slots.get(LocalDate.of(2013, 6, 1))).isEqualTo(48);
	}

	@Test
	void dailyKwhAndTheHighBandMatchAHandComputation() {
		// 1 June 2013 in London is 31 May 23:00 to 1 June 23:00 GMT.
		double kwh = 0;
		for (LondonSample.Reading r : LondonSample.readings("MAC000002")) {
			LocalDateTime gmt = LocalDateTime.parse(r.gmt().replace(' ', 'T'));
			if (gmt.atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON).toLocalDate().equals(LocalDate.of(2013, 6, 1))) {
				kwh += r.kwh();
			}
		}
		Map<String, Object> fact = this.jdbc.queryForMap(
				"select kwh, sharp_kwh + peak_kwh + flat_kwh + valley_kwh as bands, missing_share from daily_usage "
						+ "where meter_no = 'MAC000002' and day = '2013-06-01'");
		assertThat((Double) fact.get("kwh")).isCloseTo(kwh, within(1e-3));
		assertThat((Double) fact.get("bands")).isCloseTo(kwh, within(1e-3));
		assertThat((Double) fact.get("missing_share")).isZero();
		Set<LocalDate> highDays = new TreeSet<>();
		this.jdbc.query("select day from daily_usage where meter_no = 'MAC000005' and peak_kwh > 0", rs -> {
			highDays.add(rs.getDate(1).toLocalDate());
		});
		assertThat(highDays).as("days with High half-hours in the 2013 signal").isNotEmpty();
	}

}
