package com.gridloop.profile.groups;

import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.testsupport.LondonSample;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/tags/{code}/stats?groupBy=} over the six London households' tags:
 * their tariff group from the trial and their 2013 peak share.
 */
@ProfileIntegrationTest
class TagGroupStatsTest {

	/** Peak shares of the households, as {@link GroupComparisonTest} documents them. */
	static final Map<String, Double> PEAK_SHARE = Map.of("MAC000005", 0.0558, "MAC000014", 0.0472, "MAC000017", 0.0357,
			"MAC000002", 0.0587, "MAC000006", 0.0559, "MAC000007", 0.0565);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void tariffGroupsOfTheLondonHouseholdsAreComparedObservationally() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		LondonSample.HOUSEHOLDS.forEach((household, group) -> {
			String customer = "lcl-" + run + "-" + household;
			this.jdbc.update("""
					insert into tag_value (customer_id, tag_code, value_num, value_text, computed_at)
					values (?, 'tariff_code', null, ?, now()), (?, 'peak_share', ?, null, now())""", customer,
					"ToU".equals(group) ? "LCL-DTOU-" + run : "LCL-STD-" + run, customer, PEAK_SHARE.get(household));
		});
		TestHttp http = new TestHttp(this.port);
		var response = http.get("/api/v1/tags/peak_share/stats?groupBy=tariff_code", "analyst", "analyst-pw");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode stats = this.json.readTree(response.body());
		assertThat(stats.get("design").asString()).isEqualTo("OBSERVATIONAL");
		JsonNode dtou = group(stats, "LCL-DTOU-" + run);
		assertThat(dtou.get("n").asLong()).isEqualTo(3);
		assertThat(dtou.get("mean").asDouble()).isCloseTo(0.0462333, within(1e-7));
		assertThat(dtou.get("meanCiLow").asDouble()).isCloseTo(0.0211813, within(1e-7));
		assertThat(group(stats, "LCL-STD-" + run).get("median").asDouble()).isEqualTo(0.0565);
		JsonNode contrast = stats.get("contrasts")
			.valueStream()
			.filter(c -> c.get("a").asString().equals("LCL-DTOU-" + run)
					&& c.get("b").asString().equals("LCL-STD-" + run))
			.findFirst()
			.orElseThrow();
		assertThat(contrast.get("difference").asDouble()).isCloseTo(-0.0108, within(1e-9));
		assertThat(contrast.get("differenceCiHigh").asDouble()).isCloseTo(0.0135498, within(1e-7));
		assertThat(contrast.get("ratio").asDouble()).isCloseTo(0.810637, within(1e-6));

		assertThat(http.get("/api/v1/tags/no_such_tag/stats?groupBy=tariff_code", "analyst", "analyst-pw").statusCode())
			.isEqualTo(404);
	}

	private static JsonNode group(JsonNode stats, String name) {
		return stats.get("groups")
			.valueStream()
			.filter(g -> g.get("group").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
