package com.gridloop.reach.channel;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * One external channel (app push, WeChat, SMS or the call centre) reached over HTTP:
 * {@code POST {baseUrl}/messages} with the dispatch id as the {@code Idempotency-Key}
 * header, so a resend after a crash or a retry is one message at the gateway. Each call
 * goes through the channel's circuit breaker; timeouts and 5xx answers are retried with
 * exponential backoff, other 4xx answers are final.
 */
class HttpChannel implements ChannelAdapter {

	/** The gateway's request: who gets which text. */
	record GatewayRequest(String customerId, String channel, String body) {
	}

	/** The gateway's answer: its id for the message. */
	record GatewayAnswer(String messageId) {
	}

	/**
	 * A 4xx answer: retrying the same request cannot help, nor does it mean the gateway
	 * is down.
	 */
	static class Rejected extends RuntimeException {

		Rejected(String message) {
			super(message);
		}

	}

	private final Channel channel;

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final int attempts;

	private final Duration backoff;

	private final MeterRegistry meters;

	HttpChannel(Channel channel, RestClient http, CircuitBreaker breaker, ChannelProperties properties,
			MeterRegistry meters) {
		this.channel = channel;
		this.http = http;
		this.breaker = breaker;
		this.attempts = properties.attempts();
		this.backoff = properties.backoff();
		this.meters = meters;
	}

	@Override
	public boolean serves(String channel) {
		return this.channel.name().equals(channel);
	}

	CircuitBreaker breaker() {
		return this.breaker;
	}

	@Override
	public String send(Message message) {
		Supplier<String> call = CircuitBreaker.decorateSupplier(this.breaker, () -> post(message));
		RuntimeException last = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				String id = call.get();
				count("sent");
				return id;
			}
			catch (CallNotPermittedException open) {
				count("circuit_open");
				throw new ChannelFailure("circuit open for " + this.channel, true, open);
			}
			catch (Rejected rejected) {
				count("rejected");
				throw new ChannelFailure(rejected.getMessage(), false, rejected);
			}
			catch (RuntimeException ex) {
				count("error");
				last = ex;
			}
			if (attempt < this.attempts) {
				pause(this.backoff.multipliedBy(1L << (attempt - 1)));
			}
		}
		throw new ChannelFailure(this.channel + " gateway failed: " + describe(last), true, last);
	}

	private String post(Message message) {
		try {
			GatewayAnswer answer = this.http.post()
				.uri("/messages")
				.header("Idempotency-Key", message.dispatchId().toString())
				.body(new GatewayRequest(message.customerId(), message.channel(), message.body()))
				.retrieve()
				.body(GatewayAnswer.class);
			return answer == null ? null : answer.messageId();
		}
		catch (RestClientResponseException ex) {
			HttpStatusCode status = ex.getStatusCode();
			if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
				throw new Rejected(this.channel + " gateway refused the message: " + status.value());
			}
			throw ex;
		}
	}

	private void count(String result) {
		this.meters.counter("gridloop.reach.channel.calls", "channel", this.channel.name(), "result", result)
			.increment();
	}

	private static String describe(RuntimeException ex) {
		if (ex instanceof ResourceAccessException) {
			return "no answer (" + ex.getMessage() + ")";
		}
		if (ex instanceof RestClientResponseException r) {
			return "HTTP " + r.getStatusCode().value();
		}
		return String.valueOf(ex);
	}

	private static void pause(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChannelFailure("interrupted while backing off", true, ex);
		}
	}

}
