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
 * App users are linked by the account bound in the app, by their phone, or by the matcher
 * on their verified name and address; a matched user stays matched in later batches, a
 * doubtful one is linked once a person accepts it (its earlier activity then published
 * under the customer), and a wrong link is undone with the customer's days recounted.
 */
@IngestionIntegrationTest
class AppUsersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void appUsersAreLinkedByAccountPhoneOrMatcher() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				APU-C1,APU-A1,孙丽娟,13655550001,湖北省武汉市洪山区珞喻路1037号9栋1单元302室,420111,RESIDENTIAL,HB-RES
				APU-C2,APU-A2,周建华,13655550002,湖北省武汉市江岸区解放大道1500号2栋801室,420102,RESIDENTIAL,HB-RES
				APU-C3,APU-A3,吴晓梅,13655550003,湖北省武汉市汉阳区龙阳大道88号5栋3单元1201室,420105,RESIDENTIAL,HB-RES
				""");
		String c1 = customer("APU-C1");
		String c2 = customer("APU-C2");
		String c3 = customer("APU-C3");
		upload(http, "app-events",
				"""
						{"app_user_id":"apu-bound","customer_no":"APU-A1","event":"LOGIN","ts":"2026-06-01T08:00:00+08:00"}
						{"app_user_id":"apu-phone","phone":"+86 136-5555-0002","event":"VIEW_BILL","ts":"2026-06-01T09:00:00+08:00"}
						{"app_user_id":"apu-named","phone":"13900009999","name":"吴晓梅","address":"湖北省武汉市汉阳区龙阳大道88号5栋3单元1201室","event":"PAY","ts":"2026-06-01T20:00:00+08:00"}
						{"app_user_id":"apu-doubt","name":"周建化","address":"江岸区解放大道1500号","event":"LOGIN","ts":"2026-06-02T07:30:00+08:00"}
						{"app_user_id":"apu-stranger","name":"郑一鸣","address":"江夏区文化大道1号","event":"LOGIN","ts":"2026-06-02T07:45:00+08:00"}
						""");
		assertThat(event("apu-bound")).containsEntry("customer_id", c1).containsEntry("link_method", "ACCOUNT");
		assertThat(event("apu-phone")).containsEntry("customer_id", c2).containsEntry("link_method", "PHONE");
		assertThat(event("apu-named")).containsEntry("customer_id", c3).containsEntry("link_method", "PROBABILISTIC");
		assertThat(event("apu-doubt")).containsEntry("customer_id", null).containsEntry("link_method", "NONE");
		assertThat(event("apu-stranger")).containsEntry("customer_id", null).containsEntry("link_method", "NONE");

		// The matched user's next events carry neither name nor phone: the link made
		// before holds.
		upload(http, "app-events", """
				{"app_user_id":"apu-named","event":"CLICK_OFFER","ts":"2026-06-03T12:00:00+08:00"}
				""");
		assertThat(this.jdbc.queryForMap("select customer_id, link_method from app_event where app_user_id = "
				+ "'apu-named' and event = 'CLICK_OFFER'"))
			.containsEntry("customer_id", c3)
			.containsEntry("link_method", "MATCHED_BEFORE");

		JsonNode reviews = JSON.readTree(http.get("/api/v1/identity/reviews?source=APP", "loader", "loader-pw").body());
		long reviewId = -1;
		for (JsonNode r : reviews) {
			if (r.get("recordId").asString().equals("apu-doubt")) {
				reviewId = r.get("id").asLong();
			}
		}
		assertThat(reviewId).as("apu-doubt queued for review: " + reviews).isPositive();
		assertThat(reviews.toString()).doesNotContain("apu-stranger");
		assertThat(http
			.postJson("/api/v1/identity/reviews/" + reviewId + "/decision", "loader", "loader-pw", "{\"accept\":true}")
			.statusCode()).isEqualTo(200);
		assertThat(event("apu-doubt")).containsEntry("customer_id", c2).containsEntry("link_method", "REVIEWED");
		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "the reviewed user's day published under the customer", () -> kafka
			.readAll(Topics.ACTIVITY)
			.stream()
			.anyMatch(
					r -> r.key().equals(c2) && r.value().contains("2026-06-02") && r.value().contains("\"logins\":1")));

		// The match was wrong after all: the user's events are nobody's again and the
		// customer's days are recounted.
		assertThat(http
			.postJson("/api/v1/identity/unlink", "loader", "loader-pw",
					"{\"aliasType\":\"SOURCE:APP\",\"aliasValue\":\"apu-named\",\"reason\":\"a relative's account\"}")
			.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from app_event where app_user_id = 'apu-named' " + "and customer_id is null",
				Long.class))
			.isEqualTo(2);
		// The user comes back with the same name and address: the removed link is not
		// made again.
		upload(http, "app-events",
				"""
						{"app_user_id":"apu-named","name":"吴晓梅","address":"湖北省武汉市汉阳区龙阳大道88号5栋3单元1201室","event":"LOGIN","ts":"2026-06-04T08:00:00+08:00"}
						""");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from app_event where app_user_id = 'apu-named' " + "and customer_id is null",
				Long.class))
			.isEqualTo(3);
		TestKafka.await(Duration.ofSeconds(60), "the customer's day recounted without the user's payment",
				() -> kafka.readAll(Topics.ACTIVITY)
					.stream()
					.anyMatch(r -> r.key().equals(c3) && r.value().contains("2026-06-01")
							&& r.value().contains("\"payments\":0")));
	}

	@Test
	void aUserMatchedLateInABatchCountsAsResolvedForItsEarlierEvents() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				APU-C4,APU-A4,蒋文华,13655550004,湖北省武汉市武昌区中北路109号1栋1503室,420106,RESIDENTIAL,HB-RES
				""");
		String c4 = customer("APU-C4");
		// More events than a chunk holds without anything to match on, then one with the
		// user's name and address.
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < 5001; i++) {
			lines.append(
					"{\"app_user_id\":\"apu-late\",\"event\":\"VIEW_BILL\",\"ts\":\"2026-06-01T%02d:%02d:%02d+08:00\"}\n"
						.formatted(i / 3600, i / 60 % 60, i % 60));
		}
		lines.append("{\"app_user_id\":\"apu-late\",\"name\":\"蒋文华\",\"address\":\"湖北省武汉市武昌区中北路109号1栋1503室\","
				+ "\"event\":\"LOGIN\",\"ts\":\"2026-06-02T09:00:00+08:00\"}\n");
		JsonNode batch = upload(http, "app-events", lines.toString());
		assertThat(batch.get("accepted").asLong()).isEqualTo(5002);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from app_event where app_user_id = 'apu-late' " + "and customer_id = ?", Long.class,
				c4))
			.isEqualTo(5002);
		JsonNode quality = JSON.readTree(
				http.get("/api/v1/batches/" + batch.get("id").asString() + "/quality", "loader", "loader-pw").body());
		for (JsonNode m : quality.findParents("dimension")) {
			if (m.get("dimension").asString().equals("CONSISTENCY")) {
				assertThat(m.get("numerator").asLong()).as("every event resolved in the end: " + m).isEqualTo(5002);
			}
		}
	}

	private String customer(String customerNo) {
		return this.jdbc.queryForObject("select customer_id from customer where customer_no = ?", String.class,
				customerNo);
	}

	private Map<String, Object> event(String appUser) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select customer_id, link_method from app_event where app_user_id = ? order by ts limit 1", appUser);
		return rows.get(0);
	}

}
