package com.gridloop.ingestion;

import java.util.Map;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer entered twice in the archive (a second number, the name written with a space
 * and a full-width digit) is found by a scan and proposed for merging; a person accepts
 * and the later one is merged into the earlier, a rejected proposal is not made again,
 * and an unrelated neighbour is not proposed at all.
 */
@IngestionIntegrationTest
class ArchiveDuplicatesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void duplicatesAreProposedAndMergedOnlyWhenAccepted() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				ADU-C1,ADU-A1,钱永刚,13877770001,湖北省武汉市青山区和平大道1288号7栋2单元602室,420107,RESIDENTIAL,HB-RES
				ADU-C2,ADU-A2,冯雪梅,13877770002,湖北省武汉市硚口区解放大道588号3栋1101室,420104,RESIDENTIAL,HB-RES
				ADU-C3,ADU-A3,褚宏伟,13877770003,湖北省武汉市东西湖区吴家山街道金山大道99号,420112,RESIDENTIAL,HB-RES
				""");
		upload(http, "customers", """
				customer_no,cons_no,name,phone,address,region_code,category,tariff_code
				ADU-C9,ADU-A9,钱 永刚,+86 138-7777-0001,湖北省武汉市青山区和平大道１288号7栋2单元602室,420107,RESIDENTIAL,HB-RES
				ADU-C8,ADU-A8,冯雪玫,13877770002,湖北省武汉市硚口区解放大道588号3栋1101室,420104,RESIDENTIAL,HB-RES
				""");
		String first = customer("ADU-C1");
		String second = customer("ADU-C9");
		String feng = customer("ADU-C2");
		String fengAgain = customer("ADU-C8");

		HttpPost scan = () -> http.postJson("/api/v1/identity/duplicates/scan", "loader", "loader-pw", "{}");
		JsonNode result = JSON.readTree(scan.post().body());
		assertThat(result.get("customers").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(result.get("proposed").asInt()).isPositive();

		Map<String, Object> qian = proposal(second);
		assertThat(qian).as("the customer entered twice is proposed").containsEntry("candidate_customer_id", first);
		Map<String, Object> fengPair = proposal(fengAgain);
		assertThat(fengPair).containsEntry("candidate_customer_id", feng);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from identity_review where source = 'ARCHIVE' and "
						+ "(record_id = ? or candidate_customer_id = ?)",
				Long.class, customer("ADU-C3"), customer("ADU-C3")))
			.as("the unrelated customer")
			.isZero();
		JsonNode listed = JSON
			.readTree(http.get("/api/v1/identity/reviews?source=ARCHIVE&size=1000", "loader", "loader-pw").body());
		assertThat(listed.findValuesAsString("recordId")).contains(second, fengAgain);
		assertThat(customerRow(second)).containsEntry("merged_into", null);

		var accepted = http.postJson("/api/v1/identity/reviews/" + qian.get("id") + "/decision", "loader", "loader-pw",
				"{\"accept\":true}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(JSON.readTree(accepted.body()).get("mergeId").asLong()).isPositive();
		assertThat(customerRow(second)).containsEntry("merged_into", first).containsEntry("status", "MERGED");
		JsonNode audit = JSON
			.readTree(http.get("/api/v1/audit?action=MERGE&customerId=" + second, "admin", "admin-pw").body());
		assertThat(audit.findValuesAsString("actor")).as("the accepted merge is audited").containsExactly("loader");
		assertThat(audit.get(0).get("customerIds").toString()).contains(first, second);
		assertThat(http
			.postJson("/api/v1/identity/reviews/" + fengPair.get("id") + "/decision", "loader", "loader-pw",
					"{\"accept\":false}")
			.statusCode()).isEqualTo(200);
		assertThat(customerRow(fengAgain)).containsEntry("merged_into", null);

		// Scanned again: the merged customer is gone from the archive and the rejected
		// pair stays rejected.
		scan.post();
		assertThat(this.jdbc.queryForObject("select status from identity_review where id = ?", String.class,
				fengPair.get("id")))
			.isEqualTo("REJECTED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from identity_review where source = 'ARCHIVE' "
						+ "and status = 'OPEN' and (record_id = ? or candidate_customer_id = ?)",
				Long.class, second, second))
			.isZero();
	}

	@FunctionalInterface
	private interface HttpPost {

		java.net.http.HttpResponse<String> post();

	}

	private Map<String, Object> proposal(String record) {
		return this.jdbc.queryForMap("select id, candidate_customer_id, status from identity_review "
				+ "where source = 'ARCHIVE' and record_id = ?", record);
	}

	private Map<String, Object> customerRow(String id) {
		return this.jdbc.queryForMap("select status, merged_into from customer where customer_id = ?", id);
	}

	private String customer(String customerNo) {
		return this.jdbc.queryForObject("select customer_id from customer where customer_no = ?", String.class,
				customerNo);
	}

}
