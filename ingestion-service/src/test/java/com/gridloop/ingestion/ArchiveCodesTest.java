package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archive codes written the many ways exports write them end up in one standard form;
 * codes nobody knows are kept as written, flagged on the customer, counted against the
 * batch's consistency and listable for the data team.
 */
@IngestionIntegrationTest
class ArchiveCodesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void codesAreStandardisedAndUnknownOnesFlagged() {
		TestHttp http = new TestHttp(this.port);
		String archive = """
				客户编号,用电类别,电价代码,区域编码,电压等级,行业分类
				STD-1,一般工商业,HB-CI-SP-LV,洪山区,0.4kV,3311
				STD-2,大工业,HB-CI-TP-10KV,420111000000,交流10千伏,c-26
				STD-3,一般工商业,HB-CI-SP-LV,990000,12kV,Z99
				STD-4,居民,HB-RES,420103,220,
				""";
		HttpResponse<String> r = http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw", "text/csv",
				archive.getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		JsonNode batch = JSON.readTree(r.body());
		assertThat(batch.get("accepted").asLong()).isEqualTo(4);

		JsonNode first = customer(http, "STD-1");
		assertThat(first.get("regionCode").asString()).isEqualTo("420111");
		assertThat(first.get("voltageLevel").asString()).isEqualTo("380V");
		assertThat(first.get("industryCode").asString()).isEqualTo("C3311");
		assertThat(first.get("flags").size()).isZero();
		JsonNode second = customer(http, "STD-2");
		assertThat(second.get("regionCode").asString()).isEqualTo("420111");
		assertThat(second.get("voltageLevel").asString()).isEqualTo("10kV");
		assertThat(second.get("industryCode").asString()).isEqualTo("C26");
		JsonNode third = customer(http, "STD-3");
		assertThat(third.get("regionCode").asString()).isEqualTo("990000");
		assertThat(third.get("voltageLevel").asString()).isEqualTo("12kV");
		assertThat(third.get("industryCode").asString()).isEqualTo("Z99");
		assertThat(third.get("flags").toString()).contains("UNKNOWN_REGION", "UNKNOWN_VOLTAGE", "UNKNOWN_INDUSTRY");
		assertThat(customer(http, "STD-4").get("voltageLevel").asString()).isEqualTo("220V");

		JsonNode quality = JSON.readTree(
				http.get("/api/v1/batches/" + batch.get("id").asString() + "/quality", "loader", "loader-pw").body());
		assertThat(quality.toString()).contains("CONSISTENCY");
		for (JsonNode m : quality.findParents("dimension")) {
			if (m.get("dimension").asString().equals("CONSISTENCY")) {
				assertThat(m.get("numerator").asLong()).isEqualTo(3);
				assertThat(m.get("denominator").asLong()).isEqualTo(4);
			}
		}

		JsonNode flagged = JSON
			.readTree(http.get("/api/v1/customers?flag=UNKNOWN_VOLTAGE", "loader", "loader-pw").body());
		assertThat(flagged.findValuesAsString("customerNo")).contains("STD-3").doesNotContain("STD-1", "STD-2");
		assertThat(http.get("/api/v1/customers?flag=drop%20table", "loader", "loader-pw").statusCode()).isEqualTo(400);
	}

	private JsonNode customer(TestHttp http, String customerNo) {
		HttpResponse<String> r = http.get("/api/v1/customers?aliasType=CUSTOMER_NO&aliasValue=" + customerNo, "loader",
				"loader-pw");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

}
