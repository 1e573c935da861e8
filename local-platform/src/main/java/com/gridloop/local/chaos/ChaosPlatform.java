package com.gridloop.local.chaos;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.embedded.FreePorts;
import com.gridloop.embedded.Infrastructure;
import com.gridloop.gateway.GatewaySimulator;
import com.gridloop.local.LocalPlatform;
import com.gridloop.local.ServiceSpec;
import com.gridloop.local.demo.LoopRun;
import com.gridloop.local.demo.PlatformClient;

/**
 * The platform as it runs in production, in miniature: PostgreSQL and one Kafka broker in
 * this JVM (so they can be stopped and restarted), the gateway simulator in this JVM (so
 * every message can be counted), and the five services as processes of their own, each on
 * a port it keeps when restarted.
 */
final class ChaosPlatform implements AutoCloseable {

	private final Infrastructure infra;

	private final GatewaySimulator gateway;

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	/** Child processes outlive their parent: Ctrl-C must not leave them running. */
	private final Thread killOnExit = new Thread(() -> this.services.values().forEach(ServiceProcess::destroyForcibly),
			"chaos-services-stop");

	private ChaosPlatform(Infrastructure infra, GatewaySimulator gateway) {
		this.infra = infra;
		this.gateway = gateway;
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
	}

	/** Starts everything on a fresh folder and waits until the five services are up. */
	static ChaosPlatform start(Path home, String heap) throws InterruptedException {
		// The demo's properties: the outbox polls often and reach waits for no quiet
		// hours.
		LocalPlatform.Options options = new LocalPlatform.Options(home, false, 0, 0, false, LoopRun.PLATFORM_PROPERTIES,
				Map.of());
		Infrastructure infra = Infrastructure.start(new Infrastructure.Options(home, 0, 0, false, Map.of()));
		ChaosPlatform platform = new ChaosPlatform(infra, LocalPlatform.startGateway(options));
		try {
			for (ServiceSpec spec : ServiceSpec.ALL) {
				int port = FreePorts.find();
				Map<String, String> props = LocalPlatform.serviceProperties(spec, infra, options, platform.gateway,
						port);
				ServiceProcess process = new ServiceProcess(spec.name(), port, props, heap, home.resolve("logs"));
				platform.services.put(spec.name(), process);
				process.start();
			}
			platform.awaitHealthy(Duration.ofMinutes(5));
			platform.gateway.callback(URI.create(platform.baseUrl("reach") + "/api/v1/channels/receipts"),
					LocalPlatform.GATEWAY_SECRET);
			return platform;
		}
		catch (RuntimeException | InterruptedException ex) {
			platform.close();
			throw ex;
		}
	}

	String baseUrl(String service) {
		return this.services.get(service).baseUrl();
	}

	/** A client that retries, as a user would, while a service is down. */
	PlatformClient client(Duration patience) {
		return new PlatformClient(this::baseUrl, patience);
	}

	ServiceProcess service(String name) {
		return this.services.get(name);
	}

	Infrastructure infrastructure() {
		return this.infra;
	}

	GatewaySimulator gateway() {
		return this.gateway;
	}

	boolean healthy() {
		return this.services.values().stream().allMatch(ServiceProcess::healthy);
	}

	void awaitHealthy(Duration timeout) throws InterruptedException {
		for (ServiceProcess service : this.services.values()) {
			service.awaitHealthy(timeout);
		}
	}

	/** Stops the services side by side, then the gateway, Kafka and PostgreSQL. */
	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
		this.services.values().parallelStream().forEach(ServiceProcess::stop);
		this.gateway.close();
		this.infra.close();
	}

}
