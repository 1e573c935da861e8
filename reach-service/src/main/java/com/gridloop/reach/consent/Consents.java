package com.gridloop.reach.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes a customer's consent per channel; the dispatcher reads it before every message. */
@Service
class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(String customerId, String channel, boolean granted) {
		this.jdbc.sql("""
				insert into consent (customer_id, channel, granted) values (?, ?, ?)
				on conflict (customer_id, channel) do update set granted = excluded.granted, updated_at = now()""")
			.params(customerId, channel, granted)
			.update();
	}

}
