package com.gridloop.reach.outcome;

import java.util.UUID;

import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.reach.task.TaskMother;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outcome that corrects an earlier final one (refused, then converted) is audited with
 * its actor and customer; progress (reached, then interested) and a repeat are not.
 */
@ReachIntegrationTest
class OutcomeCorrectionAuditTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCorrectionOfAFinalOutcomeIsAuditedWithItsActorAndCustomer() {
		TestHttp http = new TestHttp(this.port);
		UUID campaign = UUID.randomUUID();
		TaskMother mother = new TaskMother(this.jdbc);
		mother.target(campaign, "corr-1", "TREATMENT", "SMS", 1, null, null, null);
		mother.target(campaign, "corr-2", "TREATMENT", "SMS", 1, null, null, null);
		String outcome = """
				{"campaignId":"%s","customerId":"%s","outcome":"%s","source":"MANAGER"}""";
		record(http, "marketer", outcome.formatted(campaign, "corr-1", "REFUSED"));
		record(http, "marketer", outcome.formatted(campaign, "corr-2", "REACHED"));
		record(http, "marketer", outcome.formatted(campaign, "corr-2", "INTERESTED"));
		record(http, "marketer", outcome.formatted(campaign, "corr-1", "REFUSED"));
		assertThat(corrections(http, "corr-1")).isEmpty();

		record(http, "admin", outcome.formatted(campaign, "corr-1", "CONVERTED"));

		JsonNode entries = corrections(http, "corr-1");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("actor").asString()).isEqualTo("admin");
		assertThat(entries.get(0).get("customerIds").get(0).asString()).isEqualTo("corr-1");
		assertThat(entries.get(0).get("detail").asString()).contains("REFUSED -> CONVERTED")
			.contains(campaign.toString());
		assertThat(corrections(http, "corr-2")).isEmpty();
	}

	private static void record(TestHttp http, String user, String body) {
		assertThat(http.postJson("/api/v1/outcomes", user, user + "-pw", body).statusCode()).isEqualTo(200);
	}

	private static JsonNode corrections(TestHttp http, String customer) {
		String body = http.get("/api/v1/audit?action=OUTCOME_CORRECTION&customerId=" + customer, "admin", "admin-pw")
			.body();
		JsonNode root = JSON.readTree(body);
		return root.isArray() ? root : root.get("entries");
	}

}
