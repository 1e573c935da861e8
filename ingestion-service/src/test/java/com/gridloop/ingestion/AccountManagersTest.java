package com.gridloop.ingestion;

import java.time.Duration;
import java.util.List;

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
 * The managers file goes through the reading loop: good rows stored and published, bad
 * ones quarantined with their reason; the archive's account_manager column reaches the
 * customer and its CustomerLinked event.
 */
@IngestionIntegrationTest
class AccountManagersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void managersAreStoredAndPublishedAndBadRowsQuarantined() {
		TestHttp http = new TestHttp(this.port);
		JsonNode batch = upload(http, "managers", """
				工号,姓名,班组,区域编码,周服务容量,负责台区
				AMT-001,张伟,大客户一班,420102,25,
				AMT-002,李娜,城区台区班,420102,40,TA-AMT-1;TA-AMT-2
				AMT-003,王芳,大客户一班,,abc,
				AMT-004,赵强,大客户一班,,-3,
				AMT-005,刘洋,大客户一班,,2.5,
				AMT 006,陈杰,大客户一班,,10,
				AMT-007,杨敏,,,10,
				""");
		assertThat(batch.get("accepted").asLong()).as(batch.toString()).isEqualTo(2);
		assertThat(batch.get("quarantined").asLong()).isEqualTo(5);
		JsonNode quarantine = JSON.readTree(http
			.get("/api/v1/batches/" + batch.get("id").asString() + "/quarantine?size=100", "loader", "loader-pw")
			.body());
		List<String> reasons = new java.util.ArrayList<>();
		quarantine.get("rows").forEach(row -> reasons.add(row.get("reasonCode").asString()));
		assertThat(reasons).containsExactlyInAnyOrder("BAD_NUMBER", "NEGATIVE_VALUE", "BAD_NUMBER", "INCONSISTENT",
				"MISSING_VALUE");
		assertThat(this.jdbc.queryForObject(
				"select array_to_string(transformer_areas, '|') from account_manager where staff_no = 'AMT-002'",
				String.class))
			.isEqualTo("TA-AMT-1|TA-AMT-2");
		assertThat(this.jdbc.queryForObject("select weekly_capacity from account_manager where staff_no = 'AMT-001'",
				Integer.class))
			.isEqualTo(25);

		TestKafka.await(Duration.ofSeconds(30), "ManagerRecorded events",
				() -> this.kafka.readAll(Topics.MANAGERS)
					.stream()
					.map(r -> JSON.readTree(r.value()).get("payload"))
					.filter(p -> p.get("staffNo").asString().startsWith("AMT-"))
					.map(p -> p.get("staffNo").asString() + "/" + p.get("team").asString() + "/"
							+ p.get("weeklyCapacity").asInt() + "/" + p.get("transformerAreas").size())
					.toList()
					.containsAll(List.of("AMT-001/大客户一班/25/0", "AMT-002/城区台区班/40/2")));
	}

	@Test
	void theArchiveNamesACustomersManager() {
		TestHttp http = new TestHttp(this.port);
		upload(http, "customers", """
				customer_no,phone,category,tariff_code,account_manager
				AMT-C1,13912345678,GENERAL_CI,HB-CI-SP-LV,AMT-001
				AMT-C2,13912345679,RESIDENTIAL,HB-RES-TIER,
				""");
		assertThat(this.jdbc.queryForList(
				"select account_manager from customer where customer_no like 'AMT-C%' " + "order by customer_no",
				String.class))
			.containsExactly("AMT-001", null);
		TestKafka.await(Duration.ofSeconds(30), "CustomerLinked with its manager",
				() -> this.kafka.readAll(Topics.CUSTOMERS)
					.stream()
					.map(r -> JSON.readTree(r.value()).get("payload"))
					.anyMatch(p -> p.has("customerNo") && p.get("customerNo").asString().equals("AMT-C1")
							&& p.get("accountManager").asString().equals("AMT-001")
							&& p.get("phone").asString().equals("13912345678")));
		// The phone travels once, in its own field (reach calls and texts it); never
		// again
		// among the aliases, which no consumer reads.
		assertThat(this.kafka.readAll(Topics.CUSTOMERS)
			.stream()
			.map(r -> JSON.readTree(r.value()).get("payload"))
			.filter(p -> p.has("customerNo") && p.get("customerNo").asString().startsWith("AMT-C"))
			.map(p -> p.get("aliases").toString())).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain("PHONE"));
	}

}
