package com.gridloop.reach.channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A channel that sends nothing: it records what it would have sent, for every channel, so
 * the loop can run end to end on a laptop. Real gateway adapters (SMS, WeChat, app push)
 * replace it per channel.
 */
@Component
class SandboxChannel implements ChannelAdapter {

	private final JdbcTemplate jdbc;

	SandboxChannel(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean serves(String channel) {
		return true;
	}

	@Override
	public void send(Message message) {
		this.jdbc.update("""
				insert into sandbox_message (dispatch_id, customer_id, channel, body) values (?, ?, ?, ?)
				on conflict (dispatch_id) do nothing""", message.dispatchId(), message.customerId(), message.channel(),
				message.body());
	}

}
