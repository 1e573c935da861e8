package com.gridloop.ingestion;

import java.net.http.HttpResponse;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data is masked for marketing and analysts and shown in full to administrators
 * and the customer's own account manager, who reads no one else's customer; every read is
 * in the audit, which only administrators read.
 */
@IngestionIntegrationTest
class PersonalDataAccessTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private TestHttp http;

	private static boolean uploaded;

	@BeforeEach
	void customers() {
		this.http = new TestHttp(this.port);
		if (uploaded) {
			return;
		}
		uploaded = true;
		upload(this.http, "customers", """
				customer_no,name,phone,address,category,tariff_code,account_manager
				PDA-C1,张三明,13812345678,湖北省武汉市武昌区中北路1号,GENERAL_CI,HB-CI-SP-LV,PDAM1
				PDA-C2,李四,13987654321,湖北省武汉市江汉区解放大道2号,GENERAL_CI,HB-CI-SP-LV,PDAM2
				""");
	}

	@Test
	void marketersAndAnalystsReadMaskedAdminsAndTheOwnerInFull() {
		String c1 = customerId("PDA-C1");
		JsonNode masked = read(c1, "marketer");
		assertThat(masked.get("name").asString()).isEqualTo("张*明");
		assertThat(masked.get("phone").asString()).isEqualTo("138****5678");
		assertThat(masked.get("address").asString()).isEqualTo("湖北省武汉市武昌区***");
		assertThat(read(c1, "loader").get("phone").asString()).isEqualTo("138****5678");
		JsonNode full = read(c1, "admin");
		assertThat(full.get("name").asString()).isEqualTo("张三明");
		assertThat(full.get("address").asString()).isEqualTo("湖北省武汉市武昌区中北路1号");
		assertThat(read(c1, "PDAM1").get("phone").asString()).isEqualTo("13812345678");
	}

	@Test
	void aManagerReadsTheirOwnCustomersOnly() {
		String c2 = customerId("PDA-C2");
		HttpResponse<String> other = this.http.get("/api/v1/customers/" + c2, "PDAM1", "pdam1-pw");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("not-your-customer");
		assertThat(this.http.get("/api/v1/customers?aliasType=PHONE&aliasValue=13987654321", "PDAM1", "pdam1-pw")
			.statusCode()).as("reverse phone lookup of someone else's customer").isEqualTo(403);
		assertThat(this.http.get("/api/v1/customers?aliasType=PHONE&aliasValue=13987654321", "PDAM2", "pdam2-pw")
			.statusCode()).as("and of their own").isEqualTo(200);
		JsonNode list = JSON
			.readTree(this.http.get("/api/v1/customers?after=PDA-&size=10", "PDAM1", "pdam1-pw").body());
		assertThat(list.findValuesAsString("customerNo")).contains("PDA-C1").doesNotContain("PDA-C2");
		assertThat(this.http.get("/api/v1/customers/" + c2, "PDAM2", "pdam2-pw").statusCode()).isEqualTo(200);
	}

	@Test
	void readsAreAuditedAndOnlyAdminsReadTheAudit() {
		String c1 = customerId("PDA-C1");
		read(c1, "marketer");
		assertThat(this.http.get("/api/v1/audit", "marketer", "marketer-pw").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/audit", "loader", "loader-pw").statusCode()).isEqualTo(403);
		JsonNode audit = JSON.readTree(this.http
			.get("/api/v1/audit?action=PERSONAL_DATA_READ&customerId=" + c1 + "&size=1000", "admin", "admin-pw")
			.body());
		assertThat(audit.findValuesAsString("actor")).contains("marketer");
		JsonNode entry = audit.get(0);
		assertThat(entry.get("customerCount").asInt()).isEqualTo(1);
		assertThat(entry.get("customerIds").get(0).asString()).isEqualTo(c1);
		assertThat(entry.get("at").asString()).isNotBlank();
	}

	@Test
	void quarantinedLinesAreMaskedForAnalysts() {
		JsonNode batch = upload(this.http, "customers", """
				customer_no,name,phone,address,category,tariff_code
				PDA-Q1,王五六,13700001111,湖北省武汉市青山区和平大道3号,GENERAL_CI,
				""");
		String path = "/api/v1/batches/" + batch.get("id").asString() + "/quarantine";
		String analyst = JSON.readTree(this.http.get(path, "loader", "loader-pw").body())
			.get("rows")
			.get(0)
			.get("rawLine")
			.asString();
		assertThat(analyst).contains("王**", "137****1111").doesNotContain("王五六", "13700001111", "和平大道");
		String admin = JSON.readTree(this.http.get(path, "admin", "admin-pw").body())
			.get("rows")
			.get(0)
			.get("rawLine")
			.asString();
		assertThat(admin).contains("王五六", "13700001111");
		assertThat(this.http.get(path, "manager", "manager-pw").statusCode()).isEqualTo(403);
	}

	private JsonNode read(String customerId, String user) {
		HttpResponse<String> r = this.http.get("/api/v1/customers/" + customerId, user, password(user));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

	private String customerId(String customerNo) {
		HttpResponse<String> r = this.http.get("/api/v1/customers?aliasType=CUSTOMER_NO&aliasValue=" + customerNo,
				"admin", "admin-pw");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body()).get("customerId").asString();
	}

	private static String password(String user) {
		return user.startsWith("PDAM") ? user.toLowerCase() + "-pw" : user + "-pw";
	}

}
