package com.gridloop.reach.channel;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.task.TaskExecutors;
import com.gridloop.gateway.GatewayOptions;
import com.gridloop.gateway.GatewaySimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP adapter against the gateway simulator over real HTTP: one message per
 * idempotency key, retries with backoff, timeouts, and a circuit that opens on failures
 * and stops calling the gateway.
 */
class HttpChannelTest {

	private final GatewaySimulator gateway = GatewaySimulator.start(GatewayOptions.quiet());

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ThreadPoolTaskExecutor http = TaskExecutors.helpers("gateway-http", 0);

	@AfterEach
	void stop() {
		this.gateway.close();
		this.http.shutdown();
	}

	@Test
	void theSameKeyTwiceIsOneMessageAtTheGateway() {
		ChannelAdapter sms = channels(Duration.ofSeconds(2)).adapterFor("SMS");
		ChannelAdapter.Message m = message("SMS");
		String first = sms.send(m);
		String again = sms.send(m);
		assertThat(again).isEqualTo(first).startsWith("sms-");
		assertThat(this.gateway.stats().accepted()).isEqualTo(1);
		assertThat(this.gateway.stats().duplicates()).isEqualTo(1);
		assertThat(this.gateway.requestsWithKey(m.dispatchId().toString())).isEqualTo(2);
	}

	@Test
	void aFailingGatewayIsTriedThreeTimesWithTheSameKeyThenTheFailureIsRetryable() {
		this.gateway.failureRate(1.0);
		ChannelAdapter push = channels(Duration.ofSeconds(2)).adapterFor("APP_PUSH");
		ChannelAdapter.Message m = message("APP_PUSH");
		long t0 = System.nanoTime();
		assertThatExceptionOfType(ChannelFailure.class).isThrownBy(() -> push.send(m))
			.satisfies(f -> assertThat(f.retryable()).isTrue())
			.withMessageContaining("HTTP 503");
		// Backoff 20 ms then 40 ms between the three attempts.
		assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
		assertThat(this.gateway.requestsWithKey(m.dispatchId().toString())).isEqualTo(3);
		this.gateway.failureRate(0);
		push.send(m);
		assertThat(this.gateway.accepted(m.dispatchId().toString())).isTrue();
	}

	@Test
	void aSlowGatewayTimesOut() {
		this.gateway.latency(Duration.ofMillis(600));
		ChannelAdapter wechat = channels(Duration.ofMillis(200)).adapterFor("WECHAT");
		assertThatExceptionOfType(ChannelFailure.class).isThrownBy(() -> wechat.send(message("WECHAT")))
			.withMessageContaining("no answer");
	}

	@Test
	void theCircuitOpensOnFailuresAndThenSpareTheGateway() {
		this.gateway.failureRate(1.0);
		Channels channels = channels(Duration.ofSeconds(2));
		ChannelAdapter call = channels.adapterFor("OUTBOUND_CALL");
		// Minimum 4 calls at 50 %: the second send's attempts fill the window.
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(ChannelFailure.class).isThrownBy(() -> call.send(message("OUTBOUND_CALL")));
		}
		assertThat(channels.circuits()).containsEntry("OUTBOUND_CALL", "OPEN");
		long failedBefore = this.gateway.stats().failed();
		ChannelAdapter.Message m = message("OUTBOUND_CALL");
		assertThatExceptionOfType(ChannelFailure.class).isThrownBy(() -> call.send(m))
			.withMessageContaining("circuit open")
			.satisfies(f -> assertThat(f.retryable()).isTrue());
		assertThat(this.gateway.requestsWithKey(m.dispatchId().toString())).isZero();
		assertThat(this.gateway.stats().failed()).isEqualTo(failedBefore);
		assertThat(channels.circuits()).containsEntry("SMS", "CLOSED");
		assertThat(this.meters
			.counter("gridloop.reach.channel.calls", "channel", "OUTBOUND_CALL", "result", "circuit_open")
			.count()).isGreaterThanOrEqualTo(1);
	}

	private Channels channels(Duration readTimeout) {
		Map<Channel, String> urls = Map.of(Channel.APP_PUSH, this.gateway.baseUrl("APP_PUSH"), Channel.WECHAT,
				this.gateway.baseUrl("WECHAT"), Channel.SMS, this.gateway.baseUrl("SMS"), Channel.OUTBOUND_CALL,
				this.gateway.baseUrl("OUTBOUND_CALL"));
		ChannelProperties p = new ChannelProperties(urls, Duration.ofSeconds(1), readTimeout, 3, Duration.ofMillis(20),
				50, 4, Duration.ofSeconds(30));
		this.http.initialize();
		return new Channels(p, this.meters, null, this.http);
	}

	private static ChannelAdapter.Message message(String channel) {
		return new ChannelAdapter.Message(UUID.randomUUID(), "c-" + UUID.randomUUID(), channel, "【国网湖北电力】测试");
	}

}
