package com.gridloop.evaluation;

import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed HTTP Basic logins are throttled per user and address: after the configured
 * number (3 here) the user gets 429 from that address, even with the right password,
 * while other users go on.
 */
@EvaluationIntegrationTest
class LoginThrottlingTest {

	@LocalServerPort
	int port;

	@Test
	void aGuessedPasswordIsThrottledAfterThreeFailures() {
		TestHttp http = new TestHttp(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(http.get("/api/v1/evaluation/stats", "guessed", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		var throttled = http.get("/api/v1/evaluation/stats", "guessed", "guessed-pw");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(throttled.body()).contains("Too many failed logins");
		assertThat(http.get("/api/v1/evaluation/stats", "analyst", "analyst-pw").statusCode()).isEqualTo(200);
	}

}
