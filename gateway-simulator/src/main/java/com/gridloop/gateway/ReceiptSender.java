package com.gridloop.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.gridloop.datagen.ChannelBehaviour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the sender back about each accepted message, as the customer behaves
 * ({@link ChannelBehaviour}): delivered or undelivered, then read, clicked and replied,
 * in that order, each posted once it was answered (up to three tries).
 */
final class ReceiptSender implements AutoCloseable {

	/** The callback's body, as reach reads it. */
	record Receipt(String dispatchId, String event, String reply, String occurredAt) {
	}

	private static final Logger log = LoggerFactory.getLogger(ReceiptSender.class);

	private volatile URI callback;

	private volatile String secret;

	private final Duration delay;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);

	private final AtomicLong sent = new AtomicLong();

	ReceiptSender(URI callback, String secret, Duration delay) {
		this.callback = callback;
		this.secret = secret;
		this.delay = delay;
	}

	/** Schedules the receipts of one accepted message. */
	void schedule(String key, String customerId, String channel) {
		if (this.callback == null) {
			return;
		}
		this.pool.schedule(() -> play(key, ChannelBehaviour.of(customerId, channel)), this.delay.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Sends later receipts to this URL with this secret; null stops the callbacks. */
	void target(URI callback, String secret) {
		this.callback = callback;
		this.secret = secret;
	}

	long sent() {
		return this.sent.get();
	}

	private void play(String key, ChannelBehaviour b) {
		if (!b.delivered()) {
			post(key, "UNDELIVERED", null);
			return;
		}
		post(key, "DELIVERED", null);
		if (b.read()) {
			post(key, "READ", null);
		}
		if (b.clicked()) {
			post(key, "CLICKED", null);
		}
		if (b.reply() != null) {
			post(key, "REPLIED", b.reply());
		}
	}

	private void post(String key, String event, String reply) {
		URI url = this.callback;
		if (url == null) {
			return;
		}
		Receipt body = new Receipt(key, event, reply, Instant.now().toString());
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header("X-Gateway-Secret", this.secret == null ? "" : this.secret)
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() < 500) {
					this.sent.incrementAndGet();
					return;
				}
			}
			catch (IOException ex) {
				log.debug("Receipt {} for {} not delivered: {}", event, key, ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			sleep(200L * attempt);
		}
		log.warn("Receipt {} for {} given up after three tries", event, key);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
