package com.gridloop.reach.plan;

import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact plan the wizard shows is reach's configuration: the tests' policy (quiet
 * hours off), the default caps, and the default fallback window.
 */
@ReachIntegrationTest
class ContactPlanTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void theConfiguredPolicyAndFallbackAreServed() {
		var response = new TestHttp(this.port).get("/api/v1/reach/contact-plan", "marketer", "marketer-pw");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode plan = this.json.readTree(response.body());
		assertThat(plan.get("quietHours").asBoolean()).isFalse();
		assertThat(plan.get("sendAtActiveHour").asBoolean()).isFalse();
		assertThat(plan.get("quietStart").asString()).isEqualTo("21:00:00");
		assertThat(plan.get("quietEnd").asString()).isEqualTo("08:00:00");
		assertThat(plan.get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(plan.get("caps").valueStream().map(c -> c.get("max").asInt() + " per " + c.get("windowHours")))
			.containsExactly("2 per 168", "1 per 24");
		assertThat(plan.get("transactionalOffers").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("OUTAGE_NOTICE", "BILL_NOTICE");
		assertThat(plan.get("fallbackMinutes").asLong()).isEqualTo(48 * 60);
	}

}
