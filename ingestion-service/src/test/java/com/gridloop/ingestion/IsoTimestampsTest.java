package com.gridloop.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ISO-8601 timestamps as meter data management systems, Kafka producers and exports write
 * them ({@code T} or a space, seconds and fractions or not, {@code Z} or an offset) in
 * every source: the offset decides the instant, and without one the time is local to the
 * source's zone (Asia/Shanghai here).
 */
@IngestionIntegrationTest
class IsoTimestampsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingsLandInTheSlotTheirInstantFallsIn() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", "customer_no,meter_no,category,tariff_code,contracted_kva\n"
				+ "ISO-C1,ISO-M1,GENERAL_CI,HB-CI-SP-LV,100\n");
		JsonNode batch = upload(http, "readings", """
				meter_no,interval_start,interval_minutes,kwh
				ISO-M1,2026-03-01 00:00,15,1
				ISO-M1,2026-03-01T00:15:00+08:00,15,2
				ISO-M1,2026-03-01T00:30:00.000+08:00,15,3
				ISO-M1,2026-02-28T16:45:00Z,15,4
				ISO-M1,2026-02-28T17:00Z,15,5
				ISO-M1,2026-03-01T01:15+08,15,6
				ISO-M1,2026-03-01T06:15:00+0530,15,7
				ISO-M1,2026-03-01T00:00:00.5+08:00,15,8
				""");
		assertThat(batch.get("accepted").asLong()).as(batch.toString()).isEqualTo(7);
		assertThat(batch.get("quarantined").asLong()).isEqualTo(1);
		Float[] kwh = this.jdbc.queryForObject(
				"select kwh from interval_day where meter_no = 'ISO-M1' and day = '2026-03-01'",
				(rs, i) -> (Float[]) rs.getArray(1).getArray());
		assertThat(List.of(kwh[0], kwh[1], kwh[2], kwh[3], kwh[4], kwh[5], kwh[35])).containsExactly(1f, 2f, 3f, 4f, 5f,
				6f, 7f);
	}

	/**
	 * 06:30 at +05:45 is on a half-hour of its own clock but 08:45 here: not the start of
	 * a local interval.
	 */
	@Test
	void anOffsetThatIsNotOnALocalIntervalBoundaryIsMisaligned() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", "customer_no,meter_no,category,tariff_code,contracted_kva\n"
				+ "ISO-C3,ISO-M3,GENERAL_CI,HB-CI-SP-LV,100\n");
		JsonNode batch = upload(http, "readings", """
				meter_no,interval_start,interval_minutes,kwh
				ISO-M3,2026-03-01T00:00:00+08:00,30,1
				ISO-M3,2026-03-01T06:30:00+0545,30,2
				""");
		assertThat(batch.get("accepted").asLong()).as(batch.toString()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select reason_code from quarantine_row where batch_id = ?::uuid",
				String.class, batch.get("id").asString()))
			.isEqualTo("MISALIGNED_TIMESTAMP");
	}

	@Test
	void everyOtherSourceReadsTheSameForms() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", "customer_no,cons_no,meter_no,category,tariff_code,contracted_kva\n"
				+ "ISO-C2,ISO-A2,ISO-M2,GENERAL_CI,HB-CI-SP-LV,100\n");

		JsonNode outages = upload(http, "outages", """
				transformer_area,start,end,planned
				ISO-T1,2026-03-02T01:00:00Z,2026-03-02T03:30:00Z,true
				ISO-T1,2026-03-03 09:00,2026-03-03T10:00:00.250+08:00,false
				""");
		assertThat(outages.get("accepted").asLong()).isEqualTo(2);
		assertThat(this.jdbc
			.queryForObject(
					"select start_time from outage where transformer_area = 'ISO-T1' order by start_time limit 1",
					java.sql.Timestamp.class)
			.toInstant()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));

		JsonNode registers = upload(http, "registers", """
				meter_no,freeze_date,total
				ISO-M2,2026-03-01T00:00:00+08:00,100
				ISO-M2,2026-03-01T16:00:00Z,110
				ISO-M2,2026-03-03,125
				ISO-M2,2026-03-04T08:00:00+08:00,130
				""");
		assertThat(registers.get("accepted").asLong()).isEqualTo(3);
		assertThat(this.jdbc.queryForList(
				"select freeze_date from register_reading where meter_no = 'ISO-M2' order by 1", LocalDate.class))
			.containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));

		JsonNode bills = upload(http, "bills", """
				cons_no,bill_month,kwh,amount,due_date,paid_amount,paid_date,owe_amt,penalty,pay_channel
				ISO-A2,2026-02,100,55.80,2026-03-15T00:00:00+08:00,55.80,2026-03-10T09:30:00Z,0,0,APP
				""");
		assertThat(bills.get("accepted").asLong()).isEqualTo(1);

		JsonNode weather = upload(http, "weather", """
				region_code,date,min_temp,max_temp
				420102,2026-03-05T00:00:00+08:00,3,12
				""");
		assertThat(weather.get("accepted").asLong()).isEqualTo(1);

		JsonNode tickets = upload(http, "tickets", """
				ticket_id,ticket_type,accept_time,handle_time,cons_no
				ISO-TK1,投诉,2026-03-02T08:00:00Z,2026-03-02T18:30:00.123+08:00,ISO-A2
				""");
		assertThat(tickets.get("accepted").asLong()).isEqualTo(1);

		JsonNode app = upload(http, "app-events", """
				{"app_user_id":"ISO-U1","event":"LOGIN","ts":"2026-03-02T08:00:00Z","customer_no":"ISO-C2"}
				{"app_user_id":"ISO-U1","event":"VIEW_BILL","ts":"2026-03-02T16:05:00.5+08:00","customer_no":"ISO-C2"}
				""");
		assertThat(app.get("accepted").asLong()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from app_event where app_user_id = 'ISO-U1' " + "and ts = '2026-03-02T08:00:00Z'",
				Long.class))
			.isEqualTo(1);
	}

}
