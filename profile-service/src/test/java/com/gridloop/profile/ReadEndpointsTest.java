package com.gridloop.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read endpoints of models, forecasts, predictions, the customer 360 and the counts,
 * with camelCase keys and described in the OpenAPI document.
 */
@ProfileIntegrationTest
class ReadEndpointsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void modelsForecastsAndPredictionsAreServedWithTheirModel() {
		String customer = "cust-read-" + UUID.randomUUID();
		String version = "churn-test-" + UUID.randomUUID();
		this.jdbc.update("insert into model_version (version, kind, trained_at, metrics) values (?, 'churn', now(), "
				+ "'{\"auc\": 0.87}'::jsonb)", version);
		this.jdbc.update("""
				insert into tag_value (customer_id, tag_code, value_num, value_text, computed_at)
				values (?, 'churn_risk', 0.25, ?, now())""", customer, version);
		this.jdbc
			.update("""
					insert into forecast (customer_id, day, kwh, method, version)
					values (?, date '2026-07-02', 11.5, 'weekday-mean', ?), (?, date '2026-07-01', 10.5, 'weekday-mean', ?)""",
					customer, version, customer, version);
		TestHttp http = new TestHttp(this.port);

		JsonNode model = read(http, "/api/v1/models").valueStream()
			.filter(m -> m.get("version").asString().equals(version))
			.findFirst()
			.orElseThrow();
		assertThat(model.get("kind").asString()).isEqualTo("churn");
		assertThat(model.get("trainedAt").asString()).isNotBlank();
		assertThat(this.json.readTree(model.get("metrics").asString()).get("auc").asDouble()).isEqualTo(0.87);

		JsonNode forecast = read(http, "/api/v1/customers/" + customer + "/forecast");
		assertThat(forecast).hasSize(2);
		assertThat(forecast.get(0).get("day").asString()).isEqualTo("2026-07-01");
		assertThat(forecast.get(0).get("kwh").asDouble()).isEqualTo(10.5);
		assertThat(forecast.get(0).get("method").asString()).isEqualTo("weekday-mean");

		JsonNode prediction = read(http, "/api/v1/customers/" + customer + "/predictions").get(0);
		assertThat(prediction.get("prediction").asString()).isEqualTo("churn_risk");
		assertThat(prediction.get("probability").asDouble()).isEqualTo(0.25);
		assertThat(prediction.get("modelVersion").asString()).isEqualTo(version);
		assertThat(prediction.get("modelAuc").asString()).isEqualTo("0.87");
		assertThat(prediction.get("computedAt").asString()).isNotBlank();

		JsonNode profile = read(http, "/api/v1/customers/" + customer + "/profile");
		assertThat(profile.get("tags").get(0).get("code").asString()).isEqualTo("churn_risk");
		assertThat(profile.get("tags").get(0).get("value").asDouble()).isEqualTo(0.25);

		assertThat(http.get("/api/v1/customers/nobody/forecast", "analyst", "analyst-pw").statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/customers/nobody/predictions", "analyst", "analyst-pw").statusCode())
			.isEqualTo(404);
		assertThat(http.get("/api/v1/customers/nobody/profile", "analyst", "analyst-pw").statusCode()).isEqualTo(404);
	}

	/**
	 * Two succeeded runs and a failed one, long ago: the sizes come per succeeded run,
	 * oldest first; the failed run is not a run of the history.
	 */
	@Test
	void segmentSizesOverTheLastSucceededRuns() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID failed = UUID.randomUUID();
		run(first, "SUCCEEDED", "2000-01-01", Map.of("EVENING_PEAK", 120L, "FLAT", 80L));
		run(second, "SUCCEEDED", "2000-01-02", Map.of("EVENING_PEAK", 150L, "FLAT", 50L));
		run(failed, "FAILED", "2000-01-03", Map.of("EVENING_PEAK", 999L));
		TestHttp http = new TestHttp(this.port);
		List<JsonNode> runs = read(http, "/api/v1/segmentation/segment-sizes?runs=50").valueStream()
			.filter(r -> Set.of(first, second, failed).contains(UUID.fromString(r.get("runId").asString())))
			.toList();
		assertThat(runs).extracting(r -> r.get("runId").asString())
			.containsExactly(first.toString(), second.toString());
		assertThat(runs.get(1).get("segments").valueStream().map(s -> s.get("code").asString() + "=" + s.get("size")))
			.containsExactly("EVENING_PEAK=150", "FLAT=50");
		assertThat(runs.get(0).get("finishedAt").asString()).isNotBlank();
		assertThat(read(http, "/api/v1/segmentation/segment-sizes?runs=1")).hasSize(1);
		assertThat(http.get("/api/v1/segmentation/segment-sizes?runs=0", "analyst", "analyst-pw").statusCode())
			.isEqualTo(400);
	}

	private void run(UUID id, String status, String day, Map<String, Long> sizes) {
		this.jdbc.update("""
				insert into segmentation_run (id, trigger, status, started_at, finished_at)
				values (?, 'MANUAL', ?, ?::date - interval '1 hour', ?::date)""", id, status, day, day);
		sizes.forEach((code, size) -> this.jdbc.update("""
				insert into segment (run_id, code, name, grp, cluster, size, share, description, centroid_shape,
				                     reachable_share, evaluable, min_size)
				values (?, ?, ?, 'RESIDENTIAL', 0, ?, 0.5, '', '{}', 1, true, 10)""", id, code, code, size));
	}

	/**
	 * 100 days of usage: the last 90 up to the customer's latest day come back with their
	 * bands, and the daily shape is each hour's mean over the window.
	 */
	@Test
	void aCustomersRecentUsageByBandAndTheirDailyShape() {
		String customer = "cust-usage-" + UUID.randomUUID();
		java.time.LocalDate first = java.time.LocalDate.of(2026, 1, 1);
		for (int i = 0; i < 100; i++) {
			int odd = i % 2;
			Float[] hourly = new Float[24];
			for (int h = 0; h < 24; h++) {
				hourly[h] = (float) (h + odd);
			}
			double kwh = 276 + 24 * odd;
			java.time.LocalDate day = first.plusDays(i);
			boolean banded = i != 99;
			this.jdbc.update(con -> {
				var ps = con.prepareStatement("""
						insert into usage_day (customer_id, day, kwh, hourly_kwh, sharp_kwh, peak_kwh, flat_kwh,
						                       valley_kwh, max_demand_kw, missing_share)
						values (?, ?, ?, ?, ?, ?, ?, ?, 23, 0)""");
				ps.setString(1, customer);
				ps.setObject(2, day);
				ps.setDouble(3, kwh);
				ps.setArray(4, con.createArrayOf("real", hourly));
				for (int b = 0; b < 4; b++) {
					ps.setObject(5 + b, banded ? kwh / 4 : null);
				}
				return ps;
			});
		}
		TestHttp http = new TestHttp(this.port);
		JsonNode usage = read(http, "/api/v1/customers/" + customer + "/usage");
		assertThat(usage.get("to").asString()).isEqualTo("2026-04-10");
		assertThat(usage.get("from").asString()).isEqualTo("2026-01-11");
		assertThat(usage.get("days")).hasSize(90);
		assertThat(usage.get("days").get(0).get("day").asString()).isEqualTo("2026-01-11");
		assertThat(usage.get("days").get(0).get("peakKwh").asDouble()).isEqualTo(69.0);
		assertThat(usage.get("days").get(89).get("peakKwh").isNull()).isTrue();
		assertThat(usage.get("dailyShape")).hasSize(24);
		assertThat(usage.get("dailyShape").get(0).asDouble()).isEqualTo(0.5);
		assertThat(usage.get("dailyShape").get(23).asDouble()).isEqualTo(23.5);
		assertThat(read(http, "/api/v1/customers/" + customer + "/usage?days=7").get("days")).hasSize(7);
		assertThat(http.get("/api/v1/customers/nobody/usage", "analyst", "analyst-pw").statusCode()).isEqualTo(404);
	}

	@Test
	void theCountsUseCamelCaseKeys() {
		JsonNode stats = read(new TestHttp(this.port), "/api/v1/profile/stats");
		assertThat(stats.propertyNames()).containsExactly("customers", "usageDays", "profiled", "tagValues",
				"pendingRefresh");
		assertThat(stats.values()).allMatch(JsonNode::isIntegralNumber);
	}

	@Test
	void theOpenApiDescribesTheRecords() {
		JsonNode schemas = read(new TestHttp(this.port), "/v3/api-docs").get("components").get("schemas");
		assertThat(schemas.get("ProfileStats").get("properties").propertyNames()).contains("usageDays",
				"pendingRefresh");
		assertThat(schemas.get("Prediction").get("properties").propertyNames()).contains("modelVersion", "modelAuc");
	}

	private JsonNode read(TestHttp http, String path) {
		var response = http.get(path, "analyst", "analyst-pw");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
