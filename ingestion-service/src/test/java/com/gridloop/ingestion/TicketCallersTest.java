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
 * 95598 tickets that name no account and come from an unknown phone: the matcher links a
 * caller it is sure of, queues one it doubts (linked once a person accepts, the ticket
 * published again with its customer) and leaves a stranger's ticket unlinked.
 */
@IngestionIntegrationTest
class TicketCallersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void callersAreLinkedByTheMatcherOrReviewed() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				TKC-C1,TKC-A1,赵桂英,13612340000,湖北省武汉市武昌区武珞路66号3栋2单元501室,420106,RESIDENTIAL,HB-RES
				""");
		String customer = this.jdbc.queryForObject("select customer_id from customer where customer_no = 'TKC-C1'",
				String.class);
		JsonNode batch = upload(http, "tickets", """
				ticket_id,cons_no,caller_phone,caller_name,caller_address,ticket_type,accept_time
				TKC-1,,13900001111,赵桂英,湖北省武汉市武昌区武珞路66号3栋2单元501室,故障报修,2026-06-01 09:00:00
				TKC-2,,,赵桂兰,武昌区武珞路66号,投诉,2026-06-02 10:00:00
				TKC-3,,18800002222,钱多多,江夏区文化大道1号,业务咨询,2026-06-03 11:00:00
				""");
		assertThat(batch.get("accepted").asLong()).isEqualTo(3);

		assertThat(ticket("TKC-1")).containsEntry("customer_id", customer)
			.containsEntry("link_method", "PROBABILISTIC");
		assertThat(ticket("TKC-2")).containsEntry("customer_id", null).containsEntry("link_method", "NONE");
		assertThat(ticket("TKC-3")).containsEntry("customer_id", null).containsEntry("link_method", "NONE");

		JsonNode reviews = JSON
			.readTree(http.get("/api/v1/identity/reviews?source=95598", "loader", "loader-pw").body());
		long reviewId = -1;
		for (JsonNode r : reviews) {
			if (r.get("recordId").asString().equals("TKC-2")) {
				reviewId = r.get("id").asLong();
			}
		}
		assertThat(reviewId).as("TKC-2 queued for review: " + reviews).isPositive();
		assertThat(reviews.toString()).doesNotContain("TKC-3");

		assertThat(http
			.postJson("/api/v1/identity/reviews/" + reviewId + "/decision", "loader", "loader-pw", "{\"accept\":true}")
			.statusCode()).isEqualTo(200);
		assertThat(ticket("TKC-2")).containsEntry("customer_id", customer).containsEntry("link_method", "REVIEWED");

		// The link was wrong after all: the ticket belongs to nobody known again.
		assertThat(http
			.postJson("/api/v1/identity/unlink", "loader", "loader-pw",
					"{\"aliasType\":\"SOURCE:95598\",\"aliasValue\":\"TKC-1\",\"reason\":\"a neighbour called\"}")
			.statusCode()).isEqualTo(200);
		assertThat(ticket("TKC-1")).containsEntry("customer_id", null).containsEntry("link_method", "NONE");

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "TKC-1 published again without a customer",
				() -> kafka.readAll(Topics.TICKETS)
					.stream()
					.anyMatch(r -> r.key().equals("ticket:TKC-1") && r.value().contains("NONE")));
		TestKafka.await(Duration.ofSeconds(60), "TKC-2 published again under its customer", () -> kafka
			.readAll(Topics.TICKETS)
			.stream()
			.anyMatch(r -> r.key().equals(customer) && r.value().contains("TKC-2") && r.value().contains("REVIEWED")));
	}

	private Map<String, Object> ticket(String id) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select customer_id, link_method from ticket where ticket_id = ?", id);
		return rows.get(0);
	}

}
