package com.gridloop.reach.channel;

import java.util.UUID;

/**
 * Sends one message through a channel. The dispatch id is the idempotency key: sending
 * the same message twice must reach the customer once.
 */
public interface ChannelAdapter {

	/** What to send, and to whom. */
	record Message(UUID dispatchId, String customerId, String channel, String body) {
	}

	/** Whether this adapter serves the channel. */
	boolean serves(String channel);

	/**
	 * Sends the message and returns the gateway's id for it; throws
	 * {@link ChannelFailure} when the channel did not take it.
	 */
	String send(Message message);

}
