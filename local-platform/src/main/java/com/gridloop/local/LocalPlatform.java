package com.gridloop.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.gridloop.common.boot.GridLoopApplication;
import com.gridloop.console.ConsoleApplication;
import com.gridloop.embedded.Infrastructure;
import com.gridloop.gateway.GatewayOptions;
import com.gridloop.gateway.GatewaySimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: PostgreSQL and Kafka (embedded unless configured
 * otherwise), the channel gateway simulator reach sends to, and the five services, each a
 * Spring application context of its own with its own schema, port and consumer group,
 * exactly as they run apart.
 */
public final class LocalPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	/**
	 * @param home folder for the database, the Kafka log and spooled uploads
	 * @param fixedPorts services on 8081-8085, PostgreSQL and Kafka on their given ports;
	 * otherwise free ports
	 * @param durable whether the database survives a crash (fsync)
	 * @param extra more properties for every service
	 * @param env where {@code GRIDLOOP_DB_URL} and {@code GRIDLOOP_KAFKA_BOOTSTRAP} may
	 * name existing servers
	 * @param services which services to start
	 */
	public record Options(Path home, boolean fixedPorts, int postgresPort, int kafkaPort, boolean durable,
			Map<String, String> extra, Map<String, String> env, List<String> services) {

		public Options(Path home, boolean fixedPorts, int postgresPort, int kafkaPort, boolean durable,
				Map<String, String> extra) {
			this(home, fixedPorts, postgresPort, kafkaPort, durable, extra, System.getenv(), ALL_SERVICES);
		}

		public Options(Path home, boolean fixedPorts, int postgresPort, int kafkaPort, boolean durable,
				Map<String, String> extra, Map<String, String> env) {
			this(home, fixedPorts, postgresPort, kafkaPort, durable, extra, env, ALL_SERVICES);
		}

		/**
		 * The same platform with only some of the services, for benchmarks of one stage.
		 */
		public Options only(String... names) {
			return new Options(this.home, this.fixedPorts, this.postgresPort, this.kafkaPort, this.durable, this.extra,
					this.env, List.of(names));
		}

	}

	/** The secret the local gateway simulator calls reach back with. */
	public static final String GATEWAY_SECRET = "local-gateway-secret";

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	/** The admin console's name in {@link Options#services()}, and its fixed port. */
	public static final String CONSOLE = "console";

	public static final int CONSOLE_PORT = 8080;

	/** The five services and the console. */
	private static final List<String> ALL_SERVICES = java.util.stream.Stream
		.concat(ServiceSpec.ALL.stream().map(ServiceSpec::name), java.util.stream.Stream.of(CONSOLE))
		.toList();

	private final Options options;

	private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

	private Infrastructure infrastructure;

	private GatewaySimulator gateway;

	private boolean closed;

	/**
	 * A platform not started yet: register {@link #close()} as a shutdown hook first,
	 * then {@link #start()}.
	 */
	public LocalPlatform(Options options) {
		this.options = options;
	}

	/** Starts a platform; on failure, whatever had started is stopped again. */
	public static LocalPlatform start(Options options) {
		LocalPlatform platform = new LocalPlatform(options);
		platform.start();
		return platform;
	}

	/** Starts the infrastructure, then the five services in parallel. */
	public LocalPlatform start() {
		// Several Spring applications start side by side in this JVM: logging is
		// configured once by logback.xml, not
		// reset by each application (concurrent resets of one logback context fail).
		if (System.getProperty(LOGGING_SYSTEM) == null) {
			System.setProperty(LOGGING_SYSTEM, "none");
		}
		try {
			Infrastructure infra = Infrastructure.start(new Infrastructure.Options(this.options.home(),
					this.options.fixedPorts() ? this.options.postgresPort() : 0,
					this.options.fixedPorts() ? this.options.kafkaPort() : 0, this.options.durable(),
					this.options.env()));
			synchronized (this) {
				this.infrastructure = infra;
				if (this.closed) {
					throw new IllegalStateException("Stopped while starting");
				}
			}
			GatewaySimulator gateway = this.options.services().contains("reach") ? startGateway(this.options) : null;
			synchronized (this) {
				this.gateway = gateway;
			}
			List<ServiceSpec> specs = ServiceSpec.ALL.stream()
				.filter(s -> this.options.services().contains(s.name()))
				.toList();
			ExecutorService pool = Executors.newFixedThreadPool(specs.size());
			try {
				List<Future<ConfigurableApplicationContext>> futures = new ArrayList<>();
				for (ServiceSpec spec : specs) {
					futures.add(pool.submit(() -> startService(spec, infra, this.options, gateway)));
				}
				for (int i = 0; i < futures.size(); i++) {
					ConfigurableApplicationContext context = futures.get(i).get();
					synchronized (this) {
						this.services.put(specs.get(i).name(), context);
					}
				}
			}
			finally {
				pool.shutdown();
			}
			if (gateway != null) {
				gateway.callback(URI.create(baseUrl("reach") + "/api/v1/channels/receipts"), GATEWAY_SECRET);
			}
			if (this.options.services().contains(CONSOLE)) {
				ConfigurableApplicationContext console = startConsole();
				synchronized (this) {
					this.services.put(CONSOLE, console);
				}
			}
			return this;
		}
		catch (Exception ex) {
			close();
			throw new IllegalStateException("The platform did not start: " + rootMessage(ex), ex);
		}
	}

	/**
	 * The app push, WeChat, SMS and call-centre gateways reach sends to, on 8090 with
	 * fixed ports; {@code GRIDLOOP_GATEWAY_LATENCY_MS} and
	 * {@code GRIDLOOP_GATEWAY_FAILURE_RATE} make them slow or unreliable.
	 */
	public static GatewaySimulator startGateway(Options options) {
		Duration latency = Duration
			.ofMillis(Long.parseLong(options.env().getOrDefault("GRIDLOOP_GATEWAY_LATENCY_MS", "0")));
		double failureRate = Double.parseDouble(options.env().getOrDefault("GRIDLOOP_GATEWAY_FAILURE_RATE", "0"));
		GatewaySimulator gateway = GatewaySimulator
			.start(new GatewayOptions(options.fixedPorts() ? GatewayOptions.DEFAULT_PORT : 0, latency, failureRate,
					null, GATEWAY_SECRET, Duration.ofMillis(200)));
		log.info("gateway simulator up on port {}", gateway.port());
		return gateway;
	}

	private static ConfigurableApplicationContext startService(ServiceSpec spec, Infrastructure infra, Options options,
			GatewaySimulator gateway) {
		Map<String, String> props = serviceProperties(spec, infra, options, gateway,
				options.fixedPorts() ? spec.port() : 0);
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = GridLoopApplication.builder(spec.application(), spec.name())
			.registerShutdownHook(false)
			.run(args);
		log.info("{} service up in {} ms", spec.name(), (System.nanoTime() - t0) / 1_000_000);
		return context;
	}

	/**
	 * The properties a service of the local platform runs with: its schema and Kafka, the
	 * gateway simulator for reach, the demo users and the local platform's short waits.
	 */
	public static Map<String, String> serviceProperties(ServiceSpec spec, Infrastructure infra, Options options,
			GatewaySimulator gateway, int port) {
		Map<String, String> props = new LinkedHashMap<>(infra.serviceProperties(spec.name()));
		if (gateway != null && spec.name().equals("reach")) {
			for (String channel : List.of("APP_PUSH", "WECHAT", "SMS", "OUTBOUND_CALL")) {
				props.put("gridloop.reach.channels.gateways." + channel, gateway.baseUrl(channel));
			}
			props.put("gridloop.reach.channels.receipt-secret", GATEWAY_SECRET);
		}
		props.put("server.port", String.valueOf(port));
		props.put("gridloop.ingestion.spool-dir", options.home().resolve("spool").toString());
		props.putAll(DemoUsers.properties());
		// The console's templates share the classpath: the services render no views.
		props.put("spring.thymeleaf.enabled", "false");
		props.put("spring.thymeleaf.check-template-location", "false");
		// A demo lasts minutes: a follow-up task after a minute of silence, not 48 hours.
		props.put("gridloop.reach.tasks.fallback-window", "1m");
		props.put("gridloop.reach.tasks.interval", "15s");
		props.putAll(options.extra());
		return props;
	}

	/**
	 * The admin console over the services started: on 8080 with fixed ports, calling each
	 * service at its base URL as the logged-in user (the same demo users).
	 */
	private ConfigurableApplicationContext startConsole() {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("server.port", String.valueOf(this.options.fixedPorts() ? CONSOLE_PORT : 0));
		this.services.keySet().forEach(name -> props.put("gridloop.console.services." + name, baseUrl(name)));
		props.putAll(DemoUsers.properties());
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = ConsoleApplication.builder()
			.registerShutdownHook(false)
			.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		log.info("console up in {} ms", (System.nanoTime() - t0) / 1_000_000);
		return context;
	}

	/** The HTTP port a service (or the console) listens on. */
	public int port(String service) {
		return ((WebServerApplicationContext) this.services.get(service)).getWebServer().getPort();
	}

	public String baseUrl(String service) {
		return "http://localhost:" + port(service);
	}

	/** The gateway simulator reach sends to, or null when reach is not started. */
	public GatewaySimulator gateway() {
		return this.gateway;
	}

	public Infrastructure infrastructure() {
		return this.infrastructure;
	}

	public ConfigurableApplicationContext context(String service) {
		return this.services.get(service);
	}

	/**
	 * Stops the services, then Kafka and PostgreSQL; safe to call at any point, and
	 * twice.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		// The services stop side by side (each drains its own listeners and requests),
		// then the infrastructure.
		this.services.entrySet().parallelStream().forEach(service -> {
			try {
				service.getValue().close();
			}
			catch (RuntimeException ex) {
				log.warn("{} did not stop cleanly: {}", service.getKey(), ex.getMessage());
			}
		});
		if (this.gateway != null) {
			this.gateway.close();
		}
		if (this.infrastructure != null) {
			this.infrastructure.close();
		}
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
