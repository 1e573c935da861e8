package com.gridloop.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside
 * this JVM. Its log directory survives restarts when the same folder is given again.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

	private final Properties props;

	private final int port;

	private KafkaRaftServer server;

	private EmbeddedKafkaBroker(KafkaRaftServer server, Properties props, int port) {
		this.server = server;
		this.props = props;
		this.port = port;
	}

	/**
	 * Formats the folder on first use, then starts the broker.
	 * @param dataDir folder for the Kafka log and metadata
	 * @param port client port, or 0 for a free one
	 */
	public static EmbeddedKafkaBroker start(Path dataDir, int port) {
		try {
			Files.createDirectories(dataDir);
			int clientPort = port == 0 ? FreePorts.find() : port;
			int controllerPort = FreePorts.find();
			Path logDir = dataDir.resolve("log");
			Properties props = brokerProperties(logDir, clientPort, controllerPort);
			Path configFile = dataDir.resolve("server.properties");
			try (var out = Files.newOutputStream(configFile)) {
				props.store(out, "GridLoop embedded Kafka broker");
			}
			format(configFile, dataDir);
			KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
			server.startup();
			log.info("Kafka broker (KRaft) listening on localhost:{}, data in {}", clientPort, logDir);
			return new EmbeddedKafkaBroker(server, props, clientPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Kafka folder " + dataDir, ex);
		}
	}

	/**
	 * The fixed settings of kafka-broker.properties with this start's ports and folder.
	 */
	private static Properties brokerProperties(Path logDir, int clientPort, int controllerPort) throws IOException {
		Properties props = new Properties();
		try (InputStream fixed = EmbeddedKafkaBroker.class.getResourceAsStream("kafka-broker.properties")) {
			props.load(fixed);
		}
		props.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
		props.setProperty("listeners",
				"PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
		props.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
		props.setProperty("log.dirs", logDir.toString());
		return props;
	}

	private static void format(Path configFile, Path dataDir) {
		Path clusterIdFile = dataDir.resolve("cluster.id");
		try {
			String clusterId;
			if (Files.exists(clusterIdFile)) {
				clusterId = Files.readString(clusterIdFile).trim();
			}
			else {
				clusterId = Uuid.randomUuid().toString();
				Files.writeString(clusterIdFile, clusterId);
			}
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			int exit = StorageTool.execute(
					new String[] { "format", "--config", configFile.toString(), "--cluster-id", clusterId,
							"--standalone", "--ignore-formatted" },
					new PrintStream(output, true, StandardCharsets.UTF_8));
			if (exit != 0) {
				throw new IllegalStateException(
						"Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bootstrap servers clients connect to. */
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	/**
	 * Stops the broker as an outage would, keeping its log: {@link #resume()} starts it
	 * again on the same ports and folder.
	 */
	public synchronized void pause() {
		if (this.server != null) {
			this.server.shutdown();
			this.server.awaitShutdown();
			this.server = null;
			log.info("Kafka broker on localhost:{} stopped", this.port);
		}
	}

	/** Starts a paused broker again on the same ports and log folder. */
	public synchronized void resume() {
		if (this.server == null) {
			KafkaRaftServer restarted = new KafkaRaftServer(KafkaConfig.fromProps(this.props), Time.SYSTEM);
			restarted.startup();
			this.server = restarted;
			log.info("Kafka broker on localhost:{} started again", this.port);
		}
	}

	@Override
	public void close() {
		pause();
	}

}
