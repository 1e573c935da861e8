package com.gridloop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's packaged binaries) run as a child process of this
 * JVM. As root it runs inside a user namespace, which zonky arranges itself.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final Path dataDir;

	private final boolean durable;

	private EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean durable) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.durable = durable;
	}

	/**
	 * Starts PostgreSQL on the folder, creating the cluster on first use and keeping it
	 * afterwards.
	 * @param dataDir the cluster folder
	 * @param port the port, or 0 for a free one
	 * @param durable false turns fsync off, for throwaway test clusters
	 */
	public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable) {
		return new EmbeddedPostgresServer(launch(dataDir, port, durable), dataDir, durable);
	}

	private static EmbeddedPostgres launch(Path dataDir, int port, boolean durable) {
		try {
			Files.createDirectories(dataDir.getParent());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				// GridLoop stops the database itself, after the services that use it.
				.setRegisterShutdownHook(false)
				.setPort(port == 0 ? FreePorts.find() : port)
				.setServerConfig("max_connections", "300")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("work_mem", "32MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setPGStartupWait(java.time.Duration.ofSeconds(60));
			EmbeddedPostgres postgres = builder.start();
			log.info("PostgreSQL listening on localhost:{}, data in {}", postgres.getPort(), dataDir);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start on " + dataDir
					+ " (set GRIDLOOP_DB_URL to use an existing PostgreSQL instead)", ex);
		}
	}

	/**
	 * Stops the server (every client connection is cut) and starts it again on the same
	 * folder and port, as an operator's restart would.
	 */
	public synchronized void restart() {
		int port = port();
		close();
		this.postgres = launch(this.dataDir, port, this.durable);
	}

	public int port() {
		return this.postgres.getPort();
	}

	/** JDBC URL of a database on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
