package com.gridloop.gateway;

import java.net.URI;
import java.time.Duration;

/**
 * How the simulated gateways behave.
 *
 * @param port the port to listen on; 0 for a free one
 * @param latency how long each request takes before it is answered
 * @param failureRate share of new messages answered 503 (0 to 1)
 * @param callbackUrl where receipts and replies go (reach's
 * {@code /api/v1/channels/receipts}); null for none
 * @param secret sent in {@code X-Gateway-Secret} with every receipt
 * @param receiptDelay how long after accepting a message its receipts start
 */
public record GatewayOptions(int port, Duration latency, double failureRate, URI callbackUrl, String secret,
		Duration receiptDelay) {

	/** The local platform's default port. */
	public static final int DEFAULT_PORT = 8090;

	/** A gateway on a free port, answering at once, never failing, with no callbacks. */
	public static GatewayOptions quiet() {
		return new GatewayOptions(0, Duration.ZERO, 0, null, null, Duration.ofMillis(50));
	}

	public GatewayOptions withCallback(URI url, String secret) {
		return new GatewayOptions(this.port, this.latency, this.failureRate, url, secret, this.receiptDelay);
	}

	public GatewayOptions withPort(int port) {
		return new GatewayOptions(port, this.latency, this.failureRate, this.callbackUrl, this.secret,
				this.receiptDelay);
	}

}
