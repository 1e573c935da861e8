package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records without an account number resolved against the archive over REST: a sure match
 * is linked as an alias and published, a doubtful one waits for a person who accepts or
 * rejects it, a stranger stays apart.
 */
@IngestionIntegrationTest
class IdentityApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sureLinksAreRecordedDoubtfulOnesReviewedStrangersLeftApart() {
		TestHttp http = new TestHttp(this.port);
		String archive = """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				IDA-C1,IDA-A1,张秀英,13912345678,湖北省武汉市洪山区珞喻路1037号5栋1单元302室,420111,RESIDENTIAL,HB-RES
				IDA-C2,IDA-A2,刘洋,13500001111,湖北省武汉市江汉区新华路8号,420103,RESIDENTIAL,HB-RES
				""";
		HttpResponse<String> upload = http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw",
				"text/csv", archive.getBytes(StandardCharsets.UTF_8));
		assertThat(upload.statusCode()).as(upload.body()).isIn(200, 201);
		String zhang = this.jdbc.queryForObject("select customer_id from customer where customer_no = 'IDA-C1'",
				String.class);

		String request = """
				[{"recordId":"T-1","source":"95598","name":"张 秀英","phone":"+86 139-1234-5678"},
				 {"recordId":"T-2","source":"95598","name":"张秀兰","address":"珞喻路1037号","regionCode":"420111"},
				 {"recordId":"T-3","source":"95598","name":"王伟","phone":"18800002222","address":"武昌区武珞路12号"}]""";
		HttpResponse<String> r = http.postJson("/api/v1/identity/resolve", "loader", "loader-pw", request);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode resolved = JSON.readTree(r.body());

		assertThat(resolved.get(0).get("decision").asString()).isEqualTo("LINK");
		assertThat(resolved.get(0).get("customerId").asString()).isEqualTo(zhang);
		assertThat(resolved.get(0).get("explanation").toString()).contains("PHONE").contains("EXACT");
		assertThat(alias("T-1")).isEqualTo(zhang);

		assertThat(resolved.get(1).get("decision").asString()).isEqualTo("REVIEW");
		assertThat(resolved.get(1).get("probability").asDouble()).isBetween(0.5, 0.95);
		assertThat(alias("T-2")).isNull();
		long reviewId = resolved.get(1).get("reviewId").asLong();

		assertThat(resolved.get(2).get("decision").asString()).isEqualTo("NO_LINK");
		assertThat(resolved.get(2).get("customerId").isNull()).isTrue();

		HttpResponse<String> reserved = http.postJson("/api/v1/identity/resolve", "loader", "loader-pw",
				"[{\"recordId\":\"X-1\",\"source\":\"ARCHIVE\",\"name\":\"张秀英\"}]");
		assertThat(reserved.statusCode()).as("the archive scan's source is reserved").isEqualTo(422);
		assertThat(reserved.body()).contains("reserved");

		assertThat(http.get("/api/v1/identity/reviews?source=95598", "loader", "loader-pw").body())
			.as("an analyst reads the records masked")
			.contains("\"name\":\"张*兰\"")
			.doesNotContain("张秀兰");
		JsonNode open = JSON.readTree(http.get("/api/v1/identity/reviews?source=95598", "admin", "admin-pw").body());
		assertThat(open.findValuesAsString("recordId")).contains("T-2");
		JsonNode queued = open.valueStream()
			.filter(n -> n.get("recordId").asString().equals("T-2"))
			.findFirst()
			.orElseThrow();
		assertThat(queued.get("candidateCustomerId").asString()).isEqualTo(zhang);
		assertThat(queued.get("record").get("name").asString()).as("the record as a JSON object").isEqualTo("张秀兰");
		assertThat(queued.get("explanation").get("fields").isArray()).isTrue();

		HttpResponse<String> forbidden = http.postJson("/api/v1/identity/reviews/" + reviewId + "/decision", "marketer",
				"marketer-pw", "{\"accept\":true}");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		HttpResponse<String> accepted = http.postJson("/api/v1/identity/reviews/" + reviewId + "/decision", "loader",
				"loader-pw", "{\"accept\":true}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(JSON.readTree(accepted.body()).has("mergeId")).as("no merge, no mergeId").isFalse();
		assertThat(alias("T-2")).isEqualTo(zhang);
		assertThat(
				this.jdbc.queryForObject("select decided_by from identity_review where id = ?", String.class, reviewId))
			.isEqualTo("loader");

		HttpResponse<String> twice = http.postJson("/api/v1/identity/reviews/" + reviewId + "/decision", "loader",
				"loader-pw", "{\"accept\":false}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(http.postJson("/api/v1/identity/reviews/999999/decision", "loader", "loader-pw", "{\"accept\":true}")
			.statusCode()).isEqualTo(404);
		assertThat(http.postJson("/api/v1/identity/resolve", "loader", "loader-pw", "[{\"source\":\"95598\"}]")
			.statusCode()).isEqualTo(400);

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "IdentityLinked for T-1 and T-2",
				() -> kafka.readAll(Topics.CUSTOMERS)
					.stream()
					.filter(e -> e.value().contains("IdentityLinked") && e.key().equals(zhang))
					.count() >= 2);
		// No consumer needs the linked record's phone: the event carries none.
		assertThat(kafka.readAll(Topics.CUSTOMERS)
			.stream()
			.filter(e -> e.value().contains("IdentityLinked") && e.key().equals(zhang))
			.map(e -> e.value())).allSatisfy(
					v -> assertThat(v).doesNotContain("phone").doesNotContain("1234-5678").doesNotContain("12345678"));
	}

	private String alias(String recordId) {
		return this.jdbc.query(
				"select customer_id from customer_alias where alias_type = 'SOURCE:95598' and alias_value = ?",
				rs -> rs.next() ? rs.getString(1) : null, recordId);
	}

}
