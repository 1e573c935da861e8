package com.gridloop.reach.consent;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a customer's consents as they stand and every change made to them. */
@Component
record ConsentQueries(JdbcClient jdbc) {

	/**
	 * A channel's consent as it stands; a channel never changed is granted and not
	 * listed.
	 */
	record Current(String channel, boolean granted, Instant updatedAt) {
	}

	/** One change, with who made it and through what. */
	record Change(String channel, boolean granted, String source, String actor, Instant changedAt) {
	}

	/** A customer's consents and their history, oldest change first. */
	record CustomerConsent(String customerId, List<Current> current, List<Change> history) {
	}

	CustomerConsent of(String customerId) {
		List<Current> current = this.jdbc
			.sql("select channel, granted, updated_at from consent where customer_id = ? order by channel")
			.param(customerId)
			.query(Current.class)
			.list();
		List<Change> history = this.jdbc.sql("""
				select channel, granted, source, actor, changed_at from consent_change
				where customer_id = ? order by changed_at, id""").param(customerId).query(Change.class).list();
		return new CustomerConsent(customerId, current, history);
	}

}
