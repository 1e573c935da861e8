package com.gridloop.reach.channel;

/**
 * A channel did not take a message. Retryable failures (timeouts, 5xx, an open circuit)
 * are tried again later with the same idempotency key; the others fail the dispatch.
 */
public class ChannelFailure extends RuntimeException {

	private final boolean retryable;

	public ChannelFailure(String reason, boolean retryable, Throwable cause) {
		super(reason, cause);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return this.retryable;
	}

}
