package com.gridloop.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.gridloop.common.boot.GridLoopApplication;
import com.gridloop.embedded.Infrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: PostgreSQL and Kafka (embedded unless configured otherwise) and the five services,
 * each a Spring application context of its own with its own schema, port and consumer group, exactly as they run
 * apart.
 */
public final class LocalPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	/**
	 * @param home folder for the database, the Kafka log and spooled uploads
	 * @param fixedPorts services on 8081-8085, PostgreSQL and Kafka on their given ports; otherwise free ports
	 * @param durable whether the database survives a crash (fsync)
	 * @param extra more properties for every service
	 */
	public record Options(Path home, boolean fixedPorts, int postgresPort, int kafkaPort, boolean durable,
			Map<String, String> extra) {
	}

	private final Infrastructure infrastructure;

	private final Map<String, ConfigurableApplicationContext> services;

	private LocalPlatform(Infrastructure infrastructure, Map<String, ConfigurableApplicationContext> services) {
		this.infrastructure = infrastructure;
		this.services = services;
	}

	public static LocalPlatform start(Options options) {
		Infrastructure infra = Infrastructure.start(Infrastructure.Options.defaults(options.home(),
				options.fixedPorts() ? options.postgresPort() : 0, options.fixedPorts() ? options.kafkaPort() : 0,
				options.durable()));
		Map<String, ConfigurableApplicationContext> started = new LinkedHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(ServiceSpec.ALL.size());
		try {
			List<Future<ConfigurableApplicationContext>> futures = new ArrayList<>();
			for (ServiceSpec spec : ServiceSpec.ALL) {
				futures.add(pool.submit(() -> startService(spec, infra, options)));
			}
			for (int i = 0; i < futures.size(); i++) {
				started.put(ServiceSpec.ALL.get(i).name(), futures.get(i).get());
			}
		}
		catch (Exception ex) {
			started.values().forEach(ConfigurableApplicationContext::close);
			infra.close();
			throw new IllegalStateException("The platform did not start: " + rootMessage(ex), ex);
		}
		finally {
			pool.shutdown();
		}
		return new LocalPlatform(infra, started);
	}

	private static ConfigurableApplicationContext startService(ServiceSpec spec, Infrastructure infra, Options options) {
		Map<String, String> props = new LinkedHashMap<>(infra.serviceProperties(spec.name()));
		props.put("server.port", String.valueOf(options.fixedPorts() ? spec.port() : 0));
		props.put("gridloop.ingestion.spool-dir", options.home().resolve("spool").toString());
		props.putAll(DemoUsers.properties());
		props.putAll(options.extra());
		String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = GridLoopApplication.builder(spec.application(), spec.name())
			.registerShutdownHook(false)
			.run(args);
		log.info("{} service up in {} ms", spec.name(), (System.nanoTime() - t0) / 1_000_000);
		return context;
	}

	/** The HTTP port a service listens on. */
	public int port(String service) {
		return ((WebServerApplicationContext) this.services.get(service)).getWebServer().getPort();
	}

	public String baseUrl(String service) {
		return "http://localhost:" + port(service);
	}

	public Infrastructure infrastructure() {
		return this.infrastructure;
	}

	public ConfigurableApplicationContext context(String service) {
		return this.services.get(service);
	}

	@Override
	public void close() {
		List<String> names = new ArrayList<>(this.services.keySet());
		java.util.Collections.reverse(names);
		for (String name : names) {
			try {
				this.services.get(name).close();
			}
			catch (RuntimeException ex) {
				log.warn("{} did not stop cleanly: {}", name, ex.getMessage());
			}
		}
		this.infrastructure.close();
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
