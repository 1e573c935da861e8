package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.time.Duration;

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
 * Two archive records of one person merged (the survivor takes the other's identifiers,
 * new readings of its meter go to the survivor), the merge undone, a wrong link removed;
 * each decision recorded and published.
 */
@IngestionIntegrationTest
class CustomerMergesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mergeUndoAndUnlink() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,meter_no,name,phone,category,tariff_code
				MRG-C1,MRG-A1,MRG-M1,孙建国,13711110000,RESIDENTIAL,HB-RES
				MRG-C2,MRG-A2,MRG-M2,孙建国,13722220000,RESIDENTIAL,HB-RES
				""");
		String survivor = id("MRG-C1");
		String merged = id("MRG-C2");

		HttpResponse<String> r = post(http, "/api/v1/identity/merges", "{\"survivorId\":\"" + survivor
				+ "\",\"mergedId\":\"" + merged + "\",\"reason\":\"same person, two accounts\"}");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		JsonNode merge = JSON.readTree(r.body());
		assertThat(merge.get("aliases").toString()).contains("METER_NO:MRG-M2", "CONS_NO:MRG-A2", "PHONE:13722220000");
		assertThat(merge.get("decidedBy").asString()).isEqualTo("loader");
		assertThat(owner("METER_NO", "MRG-M2")).isEqualTo(survivor);
		assertThat(status(merged)).isEqualTo("MERGED");

		// New readings of the merged customer's meter now belong to the survivor.
		upload(http, "readings", "meter_no,interval_start,interval_minutes,kwh\nMRG-M2,2026-06-01 00:00:00,60,1.5\n");
		assertThat(this.jdbc.queryForObject("select customer_id from interval_day where meter_no = 'MRG-M2'",
				String.class))
			.isEqualTo(survivor);

		assertThat(post(http, "/api/v1/identity/merges",
				"{\"survivorId\":\"" + survivor + "\",\"mergedId\":\"" + merged + "\",\"reason\":\"again\"}")
			.statusCode()).isEqualTo(409);
		assertThat(post(http, "/api/v1/identity/merges",
				"{\"survivorId\":\"" + survivor + "\",\"mergedId\":\"" + survivor + "\",\"reason\":\"self\"}")
			.statusCode()).isEqualTo(422);
		assertThat(post(http, "/api/v1/identity/merges",
				"{\"survivorId\":\"" + survivor + "\",\"mergedId\":\"nobody\",\"reason\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(post(http, "/api/v1/identity/merges", "{\"survivorId\":\"" + survivor + "\"}").statusCode())
			.isEqualTo(400);

		long mergeId = merge.get("id").asLong();
		HttpResponse<String> undo = post(http, "/api/v1/identity/merges/" + mergeId + "/undo",
				"{\"reason\":\"two people after all\"}");
		assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
		assertThat(JSON.readTree(undo.body()).get("undoneBy").asString()).isEqualTo("loader");
		assertThat(owner("METER_NO", "MRG-M2")).isEqualTo(merged);
		assertThat(owner("METER_NO", "MRG-M1")).isEqualTo(survivor);
		assertThat(status(merged)).isEqualTo("ACTIVE");
		assertThat(post(http, "/api/v1/identity/merges/" + mergeId + "/undo", "{\"reason\":\"again\"}").statusCode())
			.isEqualTo(409);
		JsonNode history = JSON
			.readTree(http.get("/api/v1/identity/merges?customerId=" + merged, "loader", "loader-pw").body());
		assertThat(history.size()).isEqualTo(1);

		HttpResponse<String> unlink = post(http, "/api/v1/identity/unlink",
				"{\"aliasType\":\"PHONE\",\"aliasValue\":\"13711110000\",\"reason\":\"the number was reassigned\"}");
		assertThat(unlink.statusCode()).as(unlink.body()).isEqualTo(200);
		assertThat(owner("PHONE", "13711110000")).isNull();
		assertThat(post(http, "/api/v1/identity/unlink",
				"{\"aliasType\":\"CUSTOMER_NO\",\"aliasValue\":\"MRG-C1\",\"reason\":\"x\"}")
			.statusCode()).isEqualTo(422);
		assertThat(post(http, "/api/v1/identity/unlink",
				"{\"aliasType\":\"PHONE\",\"aliasValue\":\"13711110000\",\"reason\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(http
			.postJson("/api/v1/identity/merges", "marketer", "marketer-pw",
					"{\"survivorId\":\"" + survivor + "\",\"mergedId\":\"" + merged + "\",\"reason\":\"x\"}")
			.statusCode()).isEqualTo(403);

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "CustomerMerged and two CustomerSplit for " + survivor, () -> {
			var events = kafka.readAll(Topics.CUSTOMERS).stream().filter(e -> e.key().equals(survivor)).toList();
			return events.stream().filter(e -> e.value().contains("CustomerMerged")).count() == 1
					&& events.stream().filter(e -> e.value().contains("CustomerSplit")).count() == 2;
		});
	}

	private HttpResponse<String> post(TestHttp http, String path, String json) {
		return http.postJson(path, "loader", "loader-pw", json);
	}

	private String id(String customerNo) {
		return this.jdbc.queryForObject("select customer_id from customer where customer_no = ?", String.class,
				customerNo);
	}

	private String status(String customerId) {
		return this.jdbc.queryForObject("select status from customer where customer_id = ?", String.class, customerId);
	}

	private String owner(String type, String value) {
		return this.jdbc.query("select customer_id from customer_alias where alias_type = ? and alias_value = ?",
				rs -> rs.next() ? rs.getString(1) : null, type, value);
	}

}
