package com.gridloop.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import com.gridloop.local.demo.DemoSummary;
import com.gridloop.local.demo.LoopRun;
import com.gridloop.local.demo.PlatformClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop on the production images (PostgreSQL 17 and Apache Kafka in containers)
 * instead of the embedded servers. Runs where a Docker engine is available; skipped
 * elsewhere, where {@link LoopEndToEndTest} covers the same loop.
 */
@Testcontainers(disabledWithoutDocker = true)
class LoopOnContainersTest {

	@Container
	static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

	@Container
	static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

	@Test
	void theLoopRunsOnContainers() throws Exception {
		Map<String, String> env = Map.of("GRIDLOOP_DB_URL", POSTGRES.getJdbcUrl(), "GRIDLOOP_DB_USER",
				POSTGRES.getUsername(), "GRIDLOOP_DB_PASSWORD", POSTGRES.getPassword(), "GRIDLOOP_KAFKA_BOOTSTRAP",
				KAFKA.getBootstrapServers());
		try (LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(
				Files.createTempDirectory("gridloop-containers-"), false, 0, 0, false, Map.of(), env))) {
			DemoSummary summary = new LoopRun(new PlatformClient(platform::baseUrl),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
				.run(new LoopRun.Plan(1000, 7, 7L, 0.2, Duration.ofMinutes(5)));
			assertThat(summary.complete()).as(summary.toString()).isTrue();
			assertThat(summary.controlContacted()).isZero();
		}
	}

}
