package com.gridloop.profile;

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
