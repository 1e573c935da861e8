package com.gridloop.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.gridloop.testsupport.TestInfrastructure;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an issuer configured, the service takes the company's single sign-on tokens
 * instead of HTTP Basic: signed by the issuer's keys, not expired, from that issuer, with
 * the roles in the {@code roles} claim. The test is its own issuer: it mints tokens with
 * a key whose public half it serves as a JWK set.
 */
@SpringBootTest(classes = EvaluationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=gridloop-defaults,evaluation")
@ContextConfiguration(initializers = { TestInfrastructure.class, JwtModeTest.Issuer.class })
class JwtModeTest {

	private static final RSAKey KEY = key("issuer-key");

	private static final RSAKey STRANGER = key("stranger-key");

	private static String issuer;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aValidTokenActsWithItsRoles() {
		String analyst = token(KEY, issuer, "ana", List.of("ANALYST"), Instant.now().plusSeconds(300));
		assertThat(get("/api/v1/evaluation/stats", "Bearer " + analyst)).isEqualTo(200);
		assertThat(get("/api/v1/audit", "Bearer " + analyst)).as("the audit is the administrator's").isEqualTo(403);
		String admin = token(KEY, issuer, "root", List.of("ADMIN"), Instant.now().plusSeconds(300));
		assertThat(get("/api/v1/audit", "Bearer " + admin)).isEqualTo(200);
	}

	@Test
	void forgedExpiredOrForeignTokensAndBasicAreRefused() {
		Instant later = Instant.now().plusSeconds(300);
		assertThat(get("/api/v1/evaluation/stats", "Bearer " + token(STRANGER, issuer, "eve", List.of("ADMIN"), later)))
			.as("signed by another key")
			.isEqualTo(401);
		assertThat(get("/api/v1/evaluation/stats",
				"Bearer " + token(KEY, issuer, "ana", List.of("ANALYST"), Instant.now().minusSeconds(600))))
			.as("expired")
			.isEqualTo(401);
		assertThat(get("/api/v1/evaluation/stats",
				"Bearer " + token(KEY, "http://elsewhere.invalid", "ana", List.of("ANALYST"), later)))
			.as("another issuer")
			.isEqualTo(401);
		String basic = "Basic "
				+ java.util.Base64.getEncoder().encodeToString("analyst:analyst-pw".getBytes(StandardCharsets.UTF_8));
		assertThat(get("/api/v1/evaluation/stats", basic)).as("no HTTP Basic in JWT mode").isEqualTo(401);
		assertThat(get("/api/v1/evaluation/stats", null)).isEqualTo(401);
	}

	private int get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String token(RSAKey key, String iss, String user, List<String> roles, Instant expires) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss)
			.subject("sub-" + user)
			.claim("preferred_username", user)
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(expires))
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey key(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Serves the issuer's public key set and points the service at it. */
	static class Issuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
				server.createContext("/jwks", exchange -> {
					exchange.getResponseHeaders().add("Content-Type", "application/json");
					exchange.sendResponseHeaders(200, keys.length);
					exchange.getResponseBody().write(keys);
					exchange.close();
				});
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
				String base = "http://127.0.0.1:" + server.getAddress().getPort();
				issuer = base + "/issuer";
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("test-issuer",
							Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
									"spring.security.oauth2.resourceserver.jwt.jwk-set-uri", base + "/jwks")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
