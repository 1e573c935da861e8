package com.gridloop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.gridloop.embedded.Infrastructure;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One embedded PostgreSQL and Kafka broker per test JVM, started on first use on free
 * ports in a temporary folder. Register it on a Spring test with
 * {@code @ContextConfiguration(initializers = TestInfrastructure.class)}: it connects the
 * service named by {@code gridloop.service.name} to its own schema, and gives it a user
 * per role ({@link TestUsers}).
 */
public final class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Infrastructure shared;

	/**
	 * The JVM-wide infrastructure, started on first call and stopped when the JVM exits.
	 */
	public static synchronized Infrastructure shared() {
		if (shared == null) {
			try {
				Path home = Files.createTempDirectory("gridloop-test-");
				Infrastructure infrastructure = Infrastructure.start(new Infrastructure.Options(home, 0, 0, false,
						Map.of("GRIDLOOP_DB_URL", System.getenv().getOrDefault("GRIDLOOP_TEST_DB_URL", ""),
								"GRIDLOOP_DB_USER", System.getenv().getOrDefault("GRIDLOOP_TEST_DB_USER", "postgres"),
								"GRIDLOOP_DB_PASSWORD",
								System.getenv().getOrDefault("GRIDLOOP_TEST_DB_PASSWORD", ""))));
				Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "test-infrastructure-stop"));
				shared = infrastructure;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String service = context.getEnvironment().getRequiredProperty("gridloop.service.name");
		Map<String, Object> props = Map.copyOf(shared().serviceProperties(service));
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("gridloop-test-infrastructure", props));
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("gridloop-test-users", TestUsers.properties()));
	}

}
