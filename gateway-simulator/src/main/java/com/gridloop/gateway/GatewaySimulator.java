package com.gridloop.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app push, WeChat, SMS and call-centre gateways on one port, for the local platform
 * and tests: {@code POST /{push|wechat|sms|call-centre}/messages} with an
 * {@code Idempotency-Key} header. It waits the configured latency, answers 503 for the
 * configured share of new messages, answers a key it has already accepted with the same
 * message id without counting a second message, and calls back with receipts and replies.
 * {@code GET /stats} returns its counts.
 */
public final class GatewaySimulator implements AutoCloseable {

	private static final String NODELAY = "sun.net.httpserver.nodelay";

	/** The request each gateway takes. */
	record MessageRequest(String customerId, String channel, String body) {
	}

	/** The answer to an accepted message. */
	record MessageAnswer(String messageId, boolean duplicate) {
	}

	/** A message accepted once. */
	record Accepted(String messageId, String channel, String customerId, String body) {
	}

	/** Counts since the start: each accepted key once, repeats and refusals apart. */
	public record Stats(long accepted, long duplicates, long failed, long receipts, Map<String, Long> byChannel) {
	}

	static {
		// The JDK server writes an answer's headers and body apart: with Nagle's
		// algorithm
		// and the client's delayed ACK, each answer on a kept-alive connection would wait
		// about 40 ms (some 400 messages a second on 16 connections). Read once, when the
		// first JDK server of the JVM starts.
		if (System.getProperty(NODELAY) == null) {
			System.setProperty(NODELAY, "true");
		}
	}

	private static final Map<String, String> PATHS = Map.of("push", "APP_PUSH", "wechat", "WECHAT", "sms", "SMS",
			"call-centre", "OUTBOUND_CALL");

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(32);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final AtomicLong duplicates = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final ReceiptSender receipts;

	private volatile double failureRate;

	private volatile Duration latency;

	private GatewaySimulator(GatewayOptions options) throws IOException {
		this.failureRate = options.failureRate();
		this.latency = options.latency();
		this.receipts = new ReceiptSender(options.callbackUrl(), options.secret(), options.receiptDelay());
		this.server = HttpServer.create(new InetSocketAddress("localhost", options.port()), 256);
		this.server.setExecutor(this.workers);
		this.server.createContext("/", this::handle);
	}

	/** Starts the simulator; {@link #port()} tells where. */
	public static GatewaySimulator start(GatewayOptions options) {
		try {
			GatewaySimulator simulator = new GatewaySimulator(options);
			simulator.server.start();
			return simulator;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The gateway simulator did not start on port " + options.port(), ex);
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The base URL of a channel's gateway (APP_PUSH, WECHAT, SMS, OUTBOUND_CALL). */
	public String baseUrl(String channel) {
		String path = PATHS.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(channel))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No gateway for " + channel));
		return "http://localhost:" + port() + "/" + path;
	}

	/** Changes the share of new messages refused with 503, from now on. */
	public void failureRate(double rate) {
		this.failureRate = rate;
	}

	/**
	 * Where receipts go from now on, for a receiver whose port is known only once it
	 * runs.
	 */
	public void callback(java.net.URI url, String secret) {
		this.receipts.target(url, secret);
	}

	/** Changes how long each answer takes, from now on. */
	public void latency(Duration latency) {
		this.latency = latency;
	}

	/** How many requests carried the key, accepted, repeated or refused. */
	public int requestsWithKey(String key) {
		AtomicInteger n = this.requests.get(key);
		return n == null ? 0 : n.get();
	}

	/** Whether a message with the key was accepted (and counted once). */
	public boolean accepted(String key) {
		return this.accepted.containsKey(key);
	}

	/** The text accepted with the key, or null. */
	public String body(String key) {
		Accepted a = this.accepted.get(key);
		return a == null ? null : a.body();
	}

	/**
	 * How many messages were accepted for each customer, each idempotency key once: a
	 * retry of a key is not a second message, two keys for one customer are.
	 */
	public Map<String, Long> acceptedPerCustomer() {
		Map<String, Long> perCustomer = new java.util.HashMap<>();
		this.accepted.values().forEach(a -> perCustomer.merge(a.customerId(), 1L, Long::sum));
		return perCustomer;
	}

	/**
	 * Forgets the messages accepted so far and the requests counted per key, keeping the
	 * counts of duplicates, failures and receipts: a benchmark that sent millions frees
	 * their memory before it measures something else in the same JVM. A forgotten key is
	 * a new message if it comes again.
	 */
	public void forget() {
		this.accepted.clear();
		this.requests.clear();
	}

	public Stats stats() {
		Map<String, Long> byChannel = new TreeMap<>();
		this.accepted.values().forEach(a -> byChannel.merge(a.channel(), 1L, Long::sum));
		return new Stats(this.accepted.size(), this.duplicates.get(), this.failed.get(), this.receipts.sent(),
				byChannel);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String[] parts = exchange.getRequestURI().getPath().split("/");
			if ("GET".equals(exchange.getRequestMethod()) && parts.length == 2 && "stats".equals(parts[1])) {
				answer(exchange, 200, stats());
				return;
			}
			String channel = parts.length == 3 ? PATHS.get(parts[1]) : null;
			if (channel == null || !"messages".equals(parts[2]) || !"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 404, null);
				return;
			}
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			MessageRequest request = read(exchange.getRequestBody());
			if (key == null || key.isBlank() || request == null || request.customerId() == null) {
				answer(exchange, 400, null);
				return;
			}
			pause(this.latency);
			this.requests.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
			Accepted known = this.accepted.get(key);
			if (known != null) {
				this.duplicates.incrementAndGet();
				answer(exchange, 200, new MessageAnswer(known.messageId(), true));
				return;
			}
			if (ThreadLocalRandom.current().nextDouble() < this.failureRate) {
				this.failed.incrementAndGet();
				answer(exchange, 503, null);
				return;
			}
			Accepted fresh = new Accepted(channel.toLowerCase() + "-" + UUID.randomUUID(), channel,
					request.customerId(), request.body());
			Accepted raced = this.accepted.putIfAbsent(key, fresh);
			if (raced != null) {
				this.duplicates.incrementAndGet();
				answer(exchange, 200, new MessageAnswer(raced.messageId(), true));
				return;
			}
			this.receipts.schedule(key, request.customerId(), channel);
			answer(exchange, 202, new MessageAnswer(fresh.messageId(), false));
		}
	}

	private MessageRequest read(InputStream in) {
		try {
			return this.json.readValue(in.readAllBytes(), MessageRequest.class);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private void answer(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = body == null ? new byte[0] : this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static void pause(Duration d) {
		if (d.isZero()) {
			return;
		}
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.workers.shutdownNow();
		this.receipts.close();
	}

}
