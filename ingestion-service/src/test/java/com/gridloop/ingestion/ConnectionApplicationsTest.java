package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connection applications through the one reading loop, as CSV and as JSON lines: each
 * resolved to a customer by its account, the applicant's phone in whatever form, or the
 * matcher, or kept as a prospect; bad rows quarantined beside the good ones; published
 * without the applicant's personal data.
 */
@IngestionIntegrationTest
class ConnectionApplicationsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void applicationsResolveToCustomersOrStayProspects() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,contracted_kva,industry_code,tariff_code
				CAP-C1,CAP-A1,武汉楚天机械制造有限公司,13712340001,湖北省武汉市江夏区文化大道88号,420115,LARGE_INDUSTRIAL,630,C3311,HB-CI-TP-10KV
				CAP-C2,CAP-A2,孙志强,13712340002,湖北省武汉市洪山区珞喻路100号5栋301室,420111,RESIDENTIAL,8,,HB-RES
				CAP-C3,CAP-A3,周海燕,,湖北省武汉市武昌区中北路66号2栋1201室,420106,RESIDENTIAL,10,,HB-RES
				""");
		String factory = customer("CAP-C1");
		String household = customer("CAP-C2");
		String typo = customer("CAP-C3");
		String tomorrow = LocalDate.now().plusDays(2).toString();
		JsonNode csv = upload(http, "connection-applications",
				"""
						application_no,kind,status,name,phone,address,region_code,industry_code,requested_kva,application_date,cons_no
						CAP-1,增容,已受理,武汉楚天机械制造有限公司,,湖北省武汉市江夏区文化大道88号,420115,C3311,400,2026-05-06,CAP-A1
						CAP-2,NEW,APPROVED,孙志强,+86 137-1234-0002,湖北省武汉市洪山区珞喻路100号,420111,,12,2026-05-07,
						CAP-3,新装,SUBMITTED,周海燕,,湖北省武汉市武昌区中北路66号2栋1201室,420106,,10,2026-05-08,
						CAP-4,新装,SUBMITTED,武汉光谷新材料有限公司,18812345678,湖北省武汉市东西湖区金山大道9号,420112,C2651,1250,2026-05-09,
						CAP-5,增容,SUBMITTED,某某公司,,,420115,C3311,-5,2026-05-10,
						CAP-6,扩建,SUBMITTED,某某公司,,,420115,C3311,50,2026-05-10,
						CAP-7,增容,SUBMITTED,陌生人,,湖北省武汉市黄陂区前川街1号,420116,,80,%s,
						"""
					.formatted(tomorrow));
		assertThat(csv.get("accepted").asLong()).isEqualTo(4);
		assertThat(csv.get("quarantined").asLong()).isEqualTo(3);
		assertThat(application("CAP-1")).containsEntry("customer_id", factory)
			.containsEntry("link_method", "ACCOUNT")
			.containsEntry("kind", "EXPANSION")
			.containsEntry("status", "SUBMITTED");
		assertThat(application("CAP-2")).as("the phone in another form")
			.containsEntry("customer_id", household)
			.containsEntry("link_method", "PHONE");
		assertThat(application("CAP-3")).as("no account, no phone: the matcher on name and address")
			.containsEntry("customer_id", typo)
			.containsEntry("link_method", "PROBABILISTIC");
		assertThat(application("CAP-4")).as("a prospect")
			.containsEntry("customer_id", null)
			.containsEntry("link_method", "NONE")
			.containsEntry("industry_code", "C2651");
		JsonNode quarantined = JSON.readTree(
				http.get("/api/v1/batches/" + csv.get("id").asString() + "/quarantine?size=100", "loader", "loader-pw")
					.body());
		assertThat(quarantined.get("rows").toString()).contains("NEGATIVE_VALUE")
			.contains("UNKNOWN_CODE")
			.contains("扩建")
			.contains("FUTURE_TIMESTAMP");
		assertThat(measure(http, csv, "VALIDITY").get("numerator").asLong()).isEqualTo(4);
		assertThat(measure(http, csv, "CONSISTENCY").get("numerator").asLong())
			.as("a prospect's new connection is no inconsistency; an unknown kind is")
			.isEqualTo(6);

		// JSON lines: an expansion nobody knows is kept as a prospect but counts against
		// consistency; the first application comes again, approved, and keeps its link
		// and what it left out.
		HttpResponse<String> r = http.post("/api/v1/batches/connection-applications?wait=true", "loader", "loader-pw",
				"application/x-ndjson",
				"""
						{"application_no":"CAP-1","kind":"EXPANSION","status":"APPROVED","requested_kva":"400","application_date":"2026-05-06"}
						{"application_no":"CAP-8","kind":"增容","status":"SUBMITTED","name":"无名厂","requested_kva":"200","application_date":"2026-05-11","region_code":"420115"}
						{"application_no":"CAP-9","kind":"NEW","status":"SUBMITTED","requested_kva":"abc","application_date":"2026-05-11"}
						"""
					.getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		JsonNode lines = JSON.readTree(r.body());
		assertThat(lines.get("accepted").asLong()).isEqualTo(2);
		assertThat(lines.get("quarantined").asLong()).isEqualTo(1);
		assertThat(application("CAP-1")).containsEntry("customer_id", factory)
			.containsEntry("link_method", "ACCOUNT")
			.containsEntry("status", "APPROVED")
			.containsEntry("industry_code", "C3311");
		assertThat(application("CAP-8")).containsEntry("customer_id", null).containsEntry("kind", "EXPANSION");
		assertThat(measure(http, lines, "CONSISTENCY").get("numerator").asLong()).isEqualTo(2);

		// A doubtful applicant waits for a person; accepted, the application is the
		// customer's.
		upload(http, "connection-applications", """
				application_no,kind,status,name,address,region_code,requested_kva,application_date
				CAP-10,增容,已受理,周海艳,武昌区中北路66号,420106,6,2026-05-12
				""");
		assertThat(application("CAP-10")).containsEntry("customer_id", null);
		JsonNode reviews = JSON
			.readTree(http.get("/api/v1/identity/reviews?source=APPLICATION", "loader", "loader-pw").body());
		long review = reviews.findParents("recordId")
			.stream()
			.filter(n -> n.get("recordId").asString().equals("CAP-10"))
			.mapToLong(n -> n.get("id").asLong())
			.findFirst()
			.orElseThrow(() -> new AssertionError("CAP-10 not queued: " + reviews));
		assertThat(http
			.postJson("/api/v1/identity/reviews/" + review + "/decision", "loader", "loader-pw", "{\"accept\":true}")
			.statusCode()).isEqualTo(200);
		assertThat(application("CAP-10")).containsEntry("customer_id", typo).containsEntry("link_method", "REVIEWED");

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "applications published", () -> published(kafka).size() >= 8
				&& published(kafka).stream().anyMatch(e -> e.key().equals("CAP-10") && e.value().contains(typo)));
		List<ConsumerRecord<String, String>> events = published(kafka);
		String capOne = events.stream().filter(e -> e.key().equals("CAP-1")).reduce((a, b) -> b).orElseThrow().value();
		assertThat(capOne).contains(factory).contains("APPROVED").contains("C3311");
		String prospect = events.stream().filter(e -> e.key().equals("CAP-4")).findFirst().orElseThrow().value();
		assertThat(prospect).contains("\"customerId\":null").contains("1250");
		assertThat(events.toString()).as("no personal data on the topic")
			.doesNotContain("18812345678")
			.doesNotContain("孙志强")
			.doesNotContain("文化大道");
	}

	private List<ConsumerRecord<String, String>> published(TestKafka kafka) {
		return kafka.readAll(Topics.APPLICATIONS).stream().filter(e -> e.key().startsWith("CAP-")).toList();
	}

	private JsonNode measure(TestHttp http, JsonNode batch, String dimension) {
		JsonNode quality = JSON.readTree(
				http.get("/api/v1/batches/" + batch.get("id").asString() + "/quality", "loader", "loader-pw").body());
		return quality.findParents("dimension")
			.stream()
			.filter(m -> m.get("dimension").asString().equals(dimension))
			.findFirst()
			.orElseThrow();
	}

	private String customer(String customerNo) {
		return this.jdbc.queryForObject("select customer_id from customer where customer_no = ?", String.class,
				customerNo);
	}

	private Map<String, Object> application(String no) {
		return this.jdbc.queryForMap("""
				select customer_id, link_method, kind, status, industry_code from connection_application
				where application_no = ?""", no);
	}

}
