package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator erases a customer's personal data: the ids and facts stay, name, phone
 * and address go, the phone no longer finds the customer, the other services are told by
 * a CustomerErased event and the audit has it.
 */
@IngestionIntegrationTest
class ErasureTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void anAdministratorErasesPersonalDataAndTheOtherServicesAreTold() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,name,phone,address,category,tariff_code
				ERA-C1,赵六七,13655556666,湖北省武汉市洪山区珞喻路7号,GENERAL_CI,HB-CI-SP-LV
				""");
		String id = JSON
			.readTree(http.get("/api/v1/customers?aliasType=CUSTOMER_NO&aliasValue=ERA-C1", "admin", "admin-pw").body())
			.get("customerId")
			.asString();
		String path = "/api/v1/customers/" + id + "/personal-data";
		assertThat(http.delete(path, "marketer", "marketer-pw").statusCode()).isEqualTo(403);
		assertThat(http.delete(path, "loader", "loader-pw").statusCode()).isEqualTo(403);
		HttpResponse<String> erased = http.delete(path, "admin", "admin-pw");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(JSON.readTree(erased.body()).get("aliasesRemoved").asInt()).isEqualTo(1);

		JsonNode customer = JSON.readTree(http.get("/api/v1/customers/" + id, "admin", "admin-pw").body());
		assertThat(customer.get("customerNo").asString()).isEqualTo("ERA-C1");
		assertThat(customer.get("name").isNull()).isTrue();
		assertThat(customer.get("phone").isNull()).isTrue();
		assertThat(customer.get("address").isNull()).isTrue();
		assertThat(
				http.get("/api/v1/customers?aliasType=PHONE&aliasValue=13655556666", "admin", "admin-pw").statusCode())
			.isEqualTo(404);
		assertThat(http.delete("/api/v1/customers/nobody/personal-data", "admin", "admin-pw").statusCode())
			.isEqualTo(404);

		TestKafka.await(Duration.ofSeconds(30), "a CustomerErased event",
				() -> this.kafka.readAll(Topics.CUSTOMERS)
					.stream()
					.map(r -> JSON.readTree(r.value()))
					.anyMatch(e -> e.get("type").asString().equals("CustomerErased")
							&& e.get("payload").get("customerId").asString().equals(id)));
		JsonNode audit = JSON
			.readTree(http.get("/api/v1/audit?action=ERASURE&customerId=" + id, "admin", "admin-pw").body());
		assertThat(audit.findValuesAsString("actor")).containsExactly("admin");
	}

	@Test
	void erasureAlsoErasesTheCustomersQuarantinedRawLines() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,name,phone,address,category,tariff_code
				ERA-Q1,钱七八,13677778888,湖北省宜昌市西陵区夷陵大道9号,GENERAL_CI,HB-CI-SP-LV
				""");
		// Both lines are quarantined (address and name too long); only ERA-Q1 is erased.
		JsonNode batch = upload(http, "customers", """
				customer_no,name,phone,address,category,tariff_code
				ERA-Q1,钱七八,13677778888,%s,GENERAL_CI,HB-CI-SP-LV
				ERA-Q2,%s,13699990000,湖北省宜昌市,GENERAL_CI,HB-CI-SP-LV
				""".formatted("宜".repeat(301), "孙".repeat(101)));
		String quarantine = "/api/v1/batches/" + batch.get("id").asString() + "/quarantine";
		JsonNode before = JSON.readTree(http.get(quarantine, "admin", "admin-pw").body()).get("rows");
		assertThat(before.findValuesAsString("rawLine")).hasSize(2).anyMatch(l -> l.contains("13677778888"));
		String id = JSON
			.readTree(http.get("/api/v1/customers?aliasType=CUSTOMER_NO&aliasValue=ERA-Q1", "admin", "admin-pw").body())
			.get("customerId")
			.asString();

		assertThat(http.delete("/api/v1/customers/" + id + "/personal-data", "admin", "admin-pw").statusCode())
			.isEqualTo(200);

		String after = http.get(quarantine, "admin", "admin-pw").body();
		assertThat(after).doesNotContain("13677778888").doesNotContain("钱七八").doesNotContain("ERA-Q1");
		JsonNode rows = JSON.readTree(after).get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.findValues("rawLine")).filteredOn(JsonNode::isNull).hasSize(1);
		assertThat(rows.findValuesAsString("message")).contains("Erased with the customer's personal data");
		assertThat(rows.findValues("rawLine")).filteredOn(n -> !n.isNull())
			.singleElement()
			.satisfies(n -> assertThat(n.asString()).startsWith("ERA-Q2,"));
	}

}
