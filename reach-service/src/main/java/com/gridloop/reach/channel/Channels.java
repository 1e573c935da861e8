package com.gridloop.reach.channel;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import com.gridloop.common.task.TaskExecutors;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Which adapter sends a channel's messages: the HTTP adapter of its configured gateway,
 * each with its own circuit breaker, or else the sandbox.
 */
@Component
@EnableConfigurationProperties(ChannelProperties.class)
public class Channels {

	private final List<HttpChannel> channels = new ArrayList<>();

	private final SandboxChannel sandbox;

	Channels(ChannelProperties properties, MeterRegistry meters, SandboxChannel sandbox,
			@Qualifier("gatewayHttp") Executor threads) {
		this.sandbox = sandbox;
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRate())
			.minimumNumberOfCalls(properties.minimumCalls())
			.slidingWindowSize(Math.max(properties.minimumCalls(), 20))
			.waitDurationInOpenState(properties.openFor())
			.ignoreExceptions(HttpChannel.Rejected.class)
			.build());
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.executor(threads)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.readTimeout());
		for (Map.Entry<Channel, String> gateway : properties.gateways().entrySet()) {
			if (!gateway.getKey().gateway() || gateway.getValue() == null || gateway.getValue().isBlank()) {
				continue;
			}
			RestClient http = RestClient.builder().baseUrl(gateway.getValue()).requestFactory(requests).build();
			HttpChannel channel = new HttpChannel(gateway.getKey(), http,
					breakers.circuitBreaker(gateway.getKey().name()), properties, meters);
			this.channels.add(channel);
			meters.gauge("gridloop.reach.channel.circuit.open", Tags.of("channel", gateway.getKey().name()), channel,
					c -> c.breaker().getState() == CircuitBreaker.State.OPEN ? 1 : 0);
		}
	}

	/**
	 * One pool of reused threads for the client and for writing request bodies: without
	 * an executor of the client's own, Spring writes each body on a thread started for it
	 * (ADR 21).
	 */
	@Bean
	static ThreadPoolTaskExecutor gatewayHttp() {
		return TaskExecutors.helpers("gateway-http", 0);
	}

	/** The adapter that sends the channel's messages. */
	public ChannelAdapter adapterFor(String channel) {
		return this.channels.stream()
			.filter(c -> c.serves(channel))
			.findFirst()
			.map(ChannelAdapter.class::cast)
			.orElse(this.sandbox);
	}

	/** Each configured channel's circuit state: CLOSED, OPEN or HALF_OPEN. */
	public Map<String, String> circuits() {
		Map<String, String> states = new TreeMap<>();
		this.channels.forEach(c -> states.put(c.breaker().getName(), c.breaker().getState().name()));
		return states;
	}

}
