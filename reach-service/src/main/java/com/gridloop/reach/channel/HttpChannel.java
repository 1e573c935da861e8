package com.gridloop.reach.channel;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * One external channel (app push, WeChat, SMS or the call centre) reached over HTTP:
 * {@code POST {baseUrl}/messages} with the dispatch id as the {@code Idempotency-Key}
 * header, so a resend after a crash or a retry is one message at the gateway. Each call
 * goes through the channel's circuit breaker; timeouts and 5xx answers are retried with
 * exponential backoff (Spring's {@link RetryTemplate}), other 4xx answers and an open
 * circuit are final.
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

	private final RetryTemplate retries;

	private final MeterRegistry meters;

	HttpChannel(Channel channel, RestClient http, CircuitBreaker breaker, ChannelProperties properties,
			MeterRegistry meters) {
		this.channel = channel;
		this.http = http;
		this.breaker = breaker;
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(Math.max(0, properties.attempts() - 1))
			.delay(properties.backoff())
			.multiplier(2)
			.predicate(ex -> !(ex instanceof Rejected) && !(ex instanceof CallNotPermittedException))
			.build());
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
		try {
			String id = this.retries.execute(() -> attempt(call));
			count("sent");
			return id;
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException();
			if (last instanceof CallNotPermittedException open) {
				count("circuit_open");
				throw new ChannelFailure("circuit open for " + this.channel, true, open);
			}
			if (last instanceof Rejected rejected) {
				count("rejected");
				throw new ChannelFailure(rejected.getMessage(), false, rejected);
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new ChannelFailure("interrupted while backing off", true, ex);
			}
			throw new ChannelFailure(this.channel + " gateway failed: " + describe(last), true, last);
		}
	}

	/** One call; a failure that may be retried is counted as an error. */
	private String attempt(Supplier<String> call) {
		try {
			return call.get();
		}
		catch (CallNotPermittedException | Rejected notRetried) {
			throw notRetried;
		}
		catch (RuntimeException ex) {
			count("error");
			throw ex;
		}
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

	private static String describe(Throwable ex) {
		if (ex instanceof ResourceAccessException) {
			return "no answer (" + ex.getMessage() + ")";
		}
		if (ex instanceof RestClientResponseException r) {
			return "HTTP " + r.getStatusCode().value();
		}
		return String.valueOf(ex);
	}

}
