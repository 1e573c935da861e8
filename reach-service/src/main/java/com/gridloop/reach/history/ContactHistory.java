package com.gridloop.reach.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's contact and outcome history from reach's own tables, newest first: each
 * campaign's targeting (arm and offer), the message dispatched or withheld, the manager's
 * task and every outcome recorded.
 */
@Component
record ContactHistory(JdbcClient jdbc) {

	/** Events shown at most, newest first. */
	static final int LIMIT = 200;

	/**
	 * One event: {@code kind} TARGETED (status the arm, detail the offer), DISPATCH
	 * (channel and dispatch status), TASK (channel the task kind, status, detail the
	 * assignee and outcome) or OUTCOME (channel the source, status the outcome, detail
	 * who recorded it).
	 */
	record ContactEvent(Instant at, String kind, UUID campaignId, String channel, String status, String detail) {
	}

	List<ContactEvent> of(String customerId) {
		return this.jdbc.sql("""
				select received_at as at, 'TARGETED' as kind, campaign_id, channel, arm as status, offer_code as detail
				from target where customer_id = :customer
				union all
				select coalesce(sent_at, created_at), 'DISPATCH', campaign_id, channel, status, detail
				from dispatch where customer_id = :customer
				union all
				select updated_at, 'TASK', campaign_id, kind, status,
				       assignee || coalesce(' · ' || outcome, '')
				from task where customer_id = :customer
				union all
				select occurred_at, 'OUTCOME', campaign_id, source, outcome, recorded_by
				from outcome where customer_id = :customer
				order by at desc, kind limit :limit""")
			.param("customer", customerId)
			.param("limit", LIMIT)
			.query(ContactEvent.class)
			.list();
	}

}
