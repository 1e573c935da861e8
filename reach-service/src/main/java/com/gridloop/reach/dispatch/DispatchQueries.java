package com.gridloop.reach.dispatch;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Reads for the dispatcher: what to tell each customer, and whether they opted out of the
 * channel.
 */
@Component
class DispatchQueries {

	/**
	 * The benefit text of a dispatch's target, and whether its customer withdrew consent
	 * for its channel.
	 */
	record Contact(UUID dispatchId, String benefitText, boolean optedOut) {
	}

	private final JdbcClient jdbc;

	DispatchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The contact of every dispatch, in one query whatever their number. */
	Map<UUID, Contact> contactsOf(Collection<UUID> dispatches) {
		Map<UUID, Contact> contacts = new HashMap<>();
		this.jdbc.sql("""
				select d.id, t.benefit_text,
				       exists (select 1 from consent c where c.customer_id = d.customer_id
				               and c.channel = d.channel and not c.granted)
				from dispatch d join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				where d.id = any(?)""")
			.param(new SqlArrayValue("uuid", (Object[]) dispatches.toArray(UUID[]::new)))
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				contacts.put(id, new Contact(id, rs.getString(2), rs.getBoolean(3)));
			});
		return contacts;
	}

}
