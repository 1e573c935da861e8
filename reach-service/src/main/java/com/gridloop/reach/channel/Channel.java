package com.gridloop.reach.channel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The channels reach knows. The first four go through an external gateway over HTTP;
 * MANAGER_VISIT becomes a task for the customer's account manager and is never sent by
 * the dispatch worker.
 */
public enum Channel {

	APP_PUSH(true), WECHAT(true), SMS(true), OUTBOUND_CALL(true), MANAGER_VISIT(false);

	private final boolean gateway;

	Channel(boolean gateway) {
		this.gateway = gateway;
	}

	/** Whether messages on this channel go through an HTTP gateway. */
	public boolean gateway() {
		return this.gateway;
	}

	/** The channel of that exact name, or empty for anything else ("sms", "EMAIL"). */
	public static Optional<Channel> parse(String name) {
		return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
	}

}
