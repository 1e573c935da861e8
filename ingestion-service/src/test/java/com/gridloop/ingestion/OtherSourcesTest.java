package com.gridloop.ingestion;

import java.io.StringWriter;
import java.util.Map;

import com.gridloop.common.event.Topics;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.history.History;
import com.gridloop.datagen.history.HistoryWriter;
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
 * Bills, 95598 tickets, app events, outages, weather and archive updates of a generated
 * county: every row accounted for, tickets and app users linked by account or phone (or
 * kept unlinked), events on their topics.
 */
@IngestionIntegrationTest
class OtherSourcesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySourceIsIngestedLinkedAndPublished() {
		TestHttp http = new TestHttp(this.port);
		Population population = new Population(GeneratorConfig.defaults(5150, 300, 7));
		StringWriter archive = new StringWriter();
		population.writeCustomersCsv(archive);
		upload(http, "customers", archive.toString());
		HistoryWriter writer = new HistoryWriter(new History(population));

		StringWriter updates = new StringWriter();
		HistoryWriter.ArchiveStats archiveStats = writer.writeArchiveExtension(updates);
		JsonNode u = upload(http, "customer-updates", updates.toString());
		assertThat(u.get("accepted").asLong()).isEqualTo(archiveStats.rows());
		assertThat(count("select count(*) from customer where status = 'CLOSED' and customer_no like 'C%'"))
			.isEqualTo(archiveStats.closed());

		StringWriter bills = new StringWriter();
		HistoryWriter.BillStats billStats = writer.writeBills(bills);
		JsonNode b = upload(http, "bills", bills.toString());
		assertThat(b.get("received").asLong()).isEqualTo(billStats.rows());
		assertThat(b.get("accepted").asLong()).isEqualTo(billStats.rows());
		assertThat(b.get("quarantined").asLong()).isZero();

		StringWriter tickets = new StringWriter();
		HistoryWriter.TicketStats ticketStats = writer.writeTickets(tickets);
		JsonNode t = upload(http, "tickets", tickets.toString());
		assertThat(t.get("accepted").asLong()).isEqualTo(ticketStats.rows());
		String batch = t.get("id").asString();
		assertThat(count("select count(*) from ticket where batch_id = ?::uuid and link_method = 'NONE'", batch))
			.isEqualTo(ticketStats.withoutConsNoOtherPhone());
		assertThat(count("select count(*) from ticket where batch_id = ?::uuid and link_method = 'PHONE'", batch))
			.isEqualTo(ticketStats.withoutConsNo() - ticketStats.withoutConsNoOtherPhone());
		assertThat(count("select count(*) from ticket where batch_id = ?::uuid and category = 'COMPLAINT'", batch))
			.isPositive();

		StringWriter app = new StringWriter();
		HistoryWriter.AppEventStats appStats = writer.writeAppEvents(app);
		JsonNode a = upload(http, "app-events", app.toString());
		assertThat(a.get("accepted").asLong()).isEqualTo(appStats.rows());
		assertThat(count("select count(distinct app_user_id) from app_event where batch_id = ?::uuid "
				+ "and customer_id is null", a.get("id").asString()))
			.isEqualTo(appStats.usersWithOtherPhone());
		assertThat(a.get("factsPublished").asLong()).as("activity days").isPositive();

		StringWriter outages = new StringWriter();
		HistoryWriter.OutageStats outageStats = writer.writeOutages(outages);
		assertThat(upload(http, "outages", outages.toString()).get("accepted").asLong()).isEqualTo(outageStats.rows());
		StringWriter weather = new StringWriter();
		HistoryWriter.WeatherStats weatherStats = writer.writeWeather(weather);
		assertThat(upload(http, "weather", weather.toString()).get("accepted").asLong()).isEqualTo(weatherStats.rows());

		TestKafka kafka = TestKafka.shared();
		for (Map.Entry<String, Long> topic : Map
			.of(Topics.BILLS, billStats.rows(), Topics.TICKETS, ticketStats.rows(), Topics.OUTAGES, outageStats.rows(),
					Topics.WEATHER, weatherStats.rows())
			.entrySet()) {
			TestKafka.await(java.time.Duration.ofSeconds(60), "events on " + topic.getKey(),
					() -> kafka.readAll(topic.getKey()).size() >= topic.getValue());
		}
	}

	@Test
	void aBillThatDoesNotAddUpOrNamesNoKnownAccountIsQuarantined() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", "customer_no,cons_no,category,tariff_code\nBILL-C1,BILL-A1,RESIDENTIAL,HB-RES\n");
		String header = "cons_no,bill_month,kwh,amount,due_date,paid_amount,paid_date,owe_amt,penalty,pay_channel\n";
		JsonNode b = upload(http, "bills",
				header + "BILL-A1,2026-05,100,55.80,2026-06-15,55.80,2026-06-10,0,0,APP\n"
						+ "BILL-A1,2026-04,100,55.80,2026-05-15,50.00,2026-05-10,0,0,APP\n"
						+ "NOBODY,2026-05,100,55.80,2026-06-15,55.80,2026-06-10,0,0,APP\n"
						+ "BILL-A1,2099-01,100,55.80,2099-02-15,0,,55.80,0,APP\n");
		assertThat(b.get("accepted").asLong()).isEqualTo(1);
		JsonNode q = JSON.readTree(
				http.get("/api/v1/batches/" + b.get("id").asString() + "/quarantine", "loader", "loader-pw").body());
		assertThat(q.get("reasons").toString()).contains("INCONSISTENT")
			.contains("UNKNOWN_ACCOUNT")
			.contains("FUTURE_TIMESTAMP");
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

}
