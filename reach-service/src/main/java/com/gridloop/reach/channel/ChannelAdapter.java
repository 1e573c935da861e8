package com.gridloop.reach.channel;

import java.util.UUID;

/**
 * Sends one message through a channel. Implementations must be idempotent per dispatch
 * id.
 */
public interface ChannelAdapter {

	/** What to send, and to whom. */
	record Message(UUID dispatchId, String customerId, String channel, String body) {
	}

	/** Whether this adapter serves the channel. */
	boolean serves(String channel);

	/** Sends the message; throws when the channel refused it. */
	void send(Message message);

}
