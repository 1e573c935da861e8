package com.gridloop.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.gridloop.datagen.ChannelBehaviour;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator over real HTTP: one message per idempotency key, the configured failure
 * rate, and receipts as the customer's behaviour says, with the shared secret.
 */
class GatewaySimulatorTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<String> receipts = new CopyOnWriteArrayList<>();

	private final List<String> secrets = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	private GatewaySimulator gateway;

	/**
	 * The simulator switches Nagle's algorithm off for the JDK's HTTP server when its
	 * class loads; the receiver of one test below is such a server too, and must not be
	 * the first.
	 */
	@BeforeAll
	static void loadTheSimulatorFirst() throws ClassNotFoundException {
		Class.forName(GatewaySimulator.class.getName());
	}

	@AfterEach
	void stop() {
		if (this.gateway != null) {
			this.gateway.close();
		}
		if (this.receiver != null) {
			this.receiver.stop(0);
		}
	}

	@Test
	void aKeyIsOneMessageHoweverOftenItIsSent() throws Exception {
		this.gateway = GatewaySimulator.start(GatewayOptions.quiet());
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = send("sms", key, "c-1");
		HttpResponse<String> again = send("sms", key, "c-1");
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(again.statusCode()).isEqualTo(200);
		String messageId = first.body().replaceAll(".*\"messageId\":\"([^\"]+)\".*", "$1");
		assertThat(messageId).startsWith("sms-");
		assertThat(again.body()).contains("\"duplicate\":true").contains(messageId);
		assertThat(this.gateway.stats().accepted()).isEqualTo(1);
		assertThat(this.gateway.stats().duplicates()).isEqualTo(1);
		assertThat(this.gateway.acceptedPerCustomer()).containsExactly(java.util.Map.entry("c-1", 1L));
		send("wechat", UUID.randomUUID().toString(), "c-1");
		assertThat(this.gateway.acceptedPerCustomer()).containsExactly(java.util.Map.entry("c-1", 2L));
		assertThat(send("email", key, "c-1").statusCode()).isEqualTo(404);
		assertThat(send("sms", "", "c-1").statusCode()).isEqualTo(400);
	}

	@Test
	void forgettingFreesTheAcceptedMessagesAndKeepsTheCounts() throws Exception {
		this.gateway = GatewaySimulator.start(GatewayOptions.quiet());
		String key = UUID.randomUUID().toString();
		send("sms", key, "c-1");
		send("sms", key, "c-1");
		assertThat(this.gateway.accepted(key)).isTrue();
		this.gateway.forget();
		assertThat(this.gateway.accepted(key)).isFalse();
		assertThat(this.gateway.requestsWithKey(key)).isZero();
		assertThat(this.gateway.stats().accepted()).isZero();
		assertThat(this.gateway.stats().duplicates()).isEqualTo(1);
		assertThat(send("sms", key, "c-1").statusCode()).isEqualTo(202);
	}

	@Test
	void answersWithoutWaitingForTheClientsDelayedAck() throws Exception {
		this.gateway = GatewaySimulator.start(GatewayOptions.quiet());
		long t0 = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			assertThat(send("sms", UUID.randomUUID().toString(), "c-" + i).statusCode()).isEqualTo(202);
		}
		// With Nagle's algorithm each answer waits about 40 ms for the delayed ACK: 8 s.
		assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void theFailureRateRefusesThatShareOfNewMessages() throws Exception {
		this.gateway = GatewaySimulator.start(GatewayOptions.quiet());
		this.gateway.failureRate(0.5);
		long refused = IntStream.range(0, 200).filter(i -> {
			try {
				return send("push", UUID.randomUUID().toString(), "c-" + i).statusCode() == 503;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
		assertThat(refused).isBetween(60L, 140L);
		assertThat(this.gateway.stats().failed()).isEqualTo(refused);
		assertThat(this.gateway.stats().accepted()).isEqualTo(200 - refused);
	}

	@Test
	void receiptsFollowTheCustomersBehaviourAndCarryTheSecret() throws Exception {
		this.receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 16);
		this.receiver.createContext("/receipts", exchange -> {
			this.receipts.add(new String(exchange.getRequestBody().readAllBytes()));
			this.secrets.add(exchange.getRequestHeaders().getFirst("X-Gateway-Secret"));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.start();
		this.gateway = GatewaySimulator.start(GatewayOptions.quiet()
			.withCallback(URI.create("http://localhost:" + this.receiver.getAddress().getPort() + "/receipts"), "s3"));
		String customer = IntStream.range(0, 10_000)
			.mapToObj(i -> "td-" + i)
			.filter(c -> ChannelBehaviour.UNSUBSCRIBE.equals(ChannelBehaviour.of(c, "SMS").reply()))
			.findFirst()
			.orElseThrow();
		ChannelBehaviour b = ChannelBehaviour.of(customer, "SMS");
		String key = UUID.randomUUID().toString();
		send("sms", key, customer);
		int expected = 1 + (b.read() ? 1 : 0) + 1;
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.receipts.size() < expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.receipts).hasSize(expected);
		assertThat(this.receipts.get(0)).contains(key).contains("\"event\":\"DELIVERED\"");
		assertThat(this.receipts.get(expected - 1)).contains("\"event\":\"REPLIED\"").contains("\"reply\":\"TD\"");
		assertThat(this.secrets).containsOnly("s3");
	}

	@Test
	void behaviourIsAFunctionOfTheCustomer() {
		assertThat(ChannelBehaviour.of("c-42", "WECHAT")).isEqualTo(ChannelBehaviour.of("c-42", "WECHAT"));
		long read = IntStream.range(0, 2000).filter(i -> ChannelBehaviour.of("c-" + i, "WECHAT").read()).count();
		assertThat(read).isBetween(700L, 1000L);
		assertThat(IntStream.range(0, 2000).noneMatch(i -> ChannelBehaviour.of("c-" + i, "SMS").clicked())).isTrue();
	}

	private HttpResponse<String> send(String path, String key, String customer)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.gateway.port() + "/" + path + "/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"customerId\":\"" + customer + "\",\"channel\":\"SMS\",\"body\":\"【国网湖北电力】\"}"));
		if (!key.isEmpty()) {
			b.header("Idempotency-Key", key);
		}
		return this.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

}
