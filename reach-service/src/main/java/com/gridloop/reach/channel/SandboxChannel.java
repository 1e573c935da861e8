package com.gridloop.reach.channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A channel that sends nothing: it records what it would have sent, for every gateway
 * channel without a configured base URL, so the loop can run end to end without a
 * gateway. The HTTP adapters take precedence for channels that have one.
 */
@Component
record SandboxChannel(JdbcTemplate jdbc) implements ChannelAdapter {

	@Override
	public boolean serves(String channel) {
		return true;
	}

	@Override
	public String send(Message message) {
		this.jdbc.update("""
				insert into sandbox_message (dispatch_id, customer_id, channel, body) values (?, ?, ?, ?)
				on conflict (dispatch_id) do nothing""", message.dispatchId(), message.customerId(), message.channel(),
				message.body());
		return "sandbox-" + message.dispatchId();
	}

}
