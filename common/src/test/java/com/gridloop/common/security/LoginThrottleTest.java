package com.gridloop.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private Instant now = Instant.parse("2026-12-01T10:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return LoginThrottleTest.this.now;
		}
	}, (response, retryAfter) -> {
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(retryAfter));
	});

	@Test
	void aUserIsThrottledFromOneAddressAfterNFailuresUntilTheWindowPasses() throws Exception {
		assertThat(login("ana", "wrong", "10.0.0.1").getStatus()).isEqualTo(401);
		assertThat(login("ana", "wrong", "10.0.0.1").getStatus()).isEqualTo(401);
		assertThat(login("ana", "wrong", "10.0.0.1").getStatus()).isEqualTo(401);
		MockHttpServletResponse throttled = login("ana", "right", "10.0.0.1");
		assertThat(throttled.getStatus()).as("even with the right password").isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isEqualTo("900");
		assertThat(login("ana", "right", "10.0.0.2").getStatus()).as("another address").isEqualTo(200);
		assertThat(login("bob", "right", "10.0.0.1").getStatus()).as("another user").isEqualTo(200);
		this.now = this.now.plus(Duration.ofMinutes(15));
		assertThat(login("ana", "right", "10.0.0.1").getStatus()).isEqualTo(200);
	}

	@Test
	void aSuccessClearsTheCount() throws Exception {
		login("ana", "wrong", "10.0.0.1");
		login("ana", "wrong", "10.0.0.1");
		login("ana", "right", "10.0.0.1");
		login("ana", "wrong", "10.0.0.1");
		login("ana", "wrong", "10.0.0.1");
		assertThat(login("ana", "right", "10.0.0.1").getStatus()).isEqualTo(200);
	}

	@Test
	void requestsWithoutBasicCredentialsPass() throws Exception {
		assertThat(LoginThrottle.basicUser(null)).isNull();
		assertThat(LoginThrottle.basicUser("Bearer x")).isNull();
		assertThat(LoginThrottle.basicUser("Basic !!!")).isNull();
		assertThat(LoginThrottle.basicUser("Basic " + encode("ana:pw"))).isEqualTo("ana");
	}

	private MockHttpServletResponse login(String user, String password, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/x");
		request.setRemoteAddr(address);
		request.addHeader("Authorization", "Basic " + encode(user + ":" + password));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.throttle.doFilter(request, response,
				(req, res) -> ((MockHttpServletResponse) res).setStatus(password.equals("right") ? 200 : 401));
		return response;
	}

	private static String encode(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
