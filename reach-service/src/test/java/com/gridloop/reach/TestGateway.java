package com.gridloop.reach;

import java.net.URI;

import com.gridloop.gateway.GatewayOptions;
import com.gridloop.gateway.GatewaySimulator;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One gateway simulator for the test JVM, on a free port, and the reach properties that
 * send every gateway channel to it. Receipts go to reach once a test names its port.
 */
public final class TestGateway implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The secret the simulator sends and the test context expects. */
	public static final String SECRET = "test-gateway-secret";

	private static GatewaySimulator gateway;

	/** The shared simulator, started on first use. */
	public static synchronized GatewaySimulator gateway() {
		if (gateway == null) {
			gateway = GatewaySimulator.start(GatewayOptions.quiet());
			Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
		}
		return gateway;
	}

	/** Sends receipts to the reach service listening on the port. */
	public static void receiptsTo(int port) {
		gateway().callback(URI.create("http://localhost:" + port + "/api/v1/channels/receipts"), SECRET);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GatewaySimulator g = gateway();
		TestPropertyValues
			.of("gridloop.reach.channels.gateways.APP_PUSH=" + g.baseUrl("APP_PUSH"),
					"gridloop.reach.channels.gateways.WECHAT=" + g.baseUrl("WECHAT"),
					"gridloop.reach.channels.gateways.SMS=" + g.baseUrl("SMS"),
					"gridloop.reach.channels.gateways.OUTBOUND_CALL=" + g.baseUrl("OUTBOUND_CALL"),
					"gridloop.reach.channels.receipt-secret=" + SECRET)
			.applyTo(context);
	}

}
