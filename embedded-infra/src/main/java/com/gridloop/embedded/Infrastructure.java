package com.gridloop.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Kafka broker the services run on: embedded ones by default,
 * or existing ones named by {@code GRIDLOOP_DB_URL} (with {@code GRIDLOOP_DB_USER},
 * {@code GRIDLOOP_DB_PASSWORD}) and {@code GRIDLOOP_KAFKA_BOOTSTRAP}.
 */
public final class Infrastructure implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

	/** The database every service schema lives in. */
	public static final String DATABASE = "gridloop";

	private final EmbeddedPostgresServer postgres;

	private final EmbeddedKafkaBroker kafka;

	private final String databaseUrl;

	private final String kafkaBootstrap;

	private Infrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, String databaseUrl,
			String kafkaBootstrap) {
		this.postgres = postgres;
		this.kafka = kafka;
		this.databaseUrl = databaseUrl;
		this.kafkaBootstrap = kafkaBootstrap;
	}

	/** Where to keep data, which ports to use, and whether to survive a crash. */
	public record Options(Path home, int postgresPort, int kafkaPort, boolean durable, Map<String, String> env) {

		public static Options defaults(Path home, int postgresPort, int kafkaPort, boolean durable) {
			return new Options(home, postgresPort, kafkaPort, durable, System.getenv());
		}

	}

	public static Infrastructure start(Options options) {
		Map<String, String> env = options.env();
		EmbeddedPostgresServer postgres = null;
		String adminUrl;
		String adminUser;
		String adminPassword;
		String externalDb = env.get("GRIDLOOP_DB_URL");
		if (externalDb != null && !externalDb.isBlank()) {
			adminUrl = externalDb;
			adminUser = env.getOrDefault("GRIDLOOP_DB_USER", "postgres");
			adminPassword = env.getOrDefault("GRIDLOOP_DB_PASSWORD", "");
			log.info("Using the PostgreSQL at {}", externalDb);
		}
		else {
			postgres = EmbeddedPostgresServer.start(options.home().resolve("postgres"), options.postgresPort(),
					options.durable());
			adminUrl = postgres.jdbcUrl("postgres");
			adminUser = "postgres";
			adminPassword = "";
		}
		try {
			ServiceDatabases.provision(adminUrl, adminUser, adminPassword, DATABASE);
		}
		catch (RuntimeException ex) {
			if (postgres != null) {
				postgres.close();
			}
			throw ex;
		}
		String databaseUrl = ServiceDatabases.replaceDatabase(adminUrl, DATABASE);

		try {
			EmbeddedKafkaBroker kafka = null;
			String bootstrap = env.get("GRIDLOOP_KAFKA_BOOTSTRAP");
			if (bootstrap == null || bootstrap.isBlank()) {
				kafka = EmbeddedKafkaBroker.start(options.home().resolve("kafka"), options.kafkaPort());
				bootstrap = kafka.bootstrapServers();
			}
			else {
				log.info("Using the Kafka cluster at {}", bootstrap);
			}
			return new Infrastructure(postgres, kafka, databaseUrl, bootstrap);
		}
		catch (RuntimeException ex) {
			if (postgres != null) {
				postgres.close();
			}
			throw ex;
		}
	}

	/** JDBC URL of the GridLoop database (no schema chosen). */
	public String databaseUrl() {
		return this.databaseUrl;
	}

	public String kafkaBootstrap() {
		return this.kafkaBootstrap;
	}

	/** Port of the embedded PostgreSQL, or -1 when an external one is used. */
	public int postgresPort() {
		return this.postgres == null ? -1 : this.postgres.port();
	}

	/**
	 * The embedded broker, for fault injection (stop and start it on the same port and
	 * log); null when an external cluster is used.
	 */
	public EmbeddedKafkaBroker kafka() {
		return this.kafka;
	}

	/**
	 * The embedded PostgreSQL, for fault injection (restart it); null when an external
	 * server is used.
	 */
	public EmbeddedPostgresServer postgres() {
		return this.postgres;
	}

	/**
	 * The Spring properties that connect a service to its own schema, as its own role,
	 * and to Kafka.
	 */
	public Map<String, String> serviceProperties(String service) {
		if (!ServiceDatabases.SERVICES.contains(service)) {
			throw new IllegalArgumentException("Unknown service " + service);
		}
		Map<String, String> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", this.databaseUrl + (this.databaseUrl.contains("?") ? "&" : "?")
				+ "currentSchema=" + service + "&reWriteBatchedInserts=true");
		props.put("spring.datasource.username", service);
		props.put("spring.datasource.password", service);
		props.put("spring.kafka.bootstrap-servers", this.kafkaBootstrap);
		return props;
	}

	@Override
	public void close() {
		if (this.kafka != null) {
			try {
				this.kafka.close();
			}
			catch (RuntimeException ex) {
				log.warn("Kafka broker did not stop cleanly", ex);
			}
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

}
