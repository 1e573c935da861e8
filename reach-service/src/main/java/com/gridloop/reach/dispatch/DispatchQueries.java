package com.gridloop.reach.dispatch;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.reach.policy.ContactPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's reads: a claimed page of dispatches with what their message needs, and
 * the customers' recent marketing contacts for the frequency caps.
 */
@Component
record DispatchQueries(JdbcClient jdbc) {

	/** States in which a dispatch counts as a contact made (or being made). */
	static final String CONTACTED = "('SENDING','SENT','DELIVERED','READ','CLICKED','RESPONDED')";

	/**
	 * A claimed dispatch with its target's fields.
	 *
	 * @param resend whether an earlier claim of it was never recorded (a crashed worker)
	 */
	record Claimed(UUID id, UUID campaignId, String customerId, String channel, int attempts, boolean transactional,
			boolean resend, String offerCode, Double benefitQuantity, String benefitUnit, Integer activeHour,
			LocalDate week, String maskedName, boolean optedOut) {
	}

	/**
	 * Locks due dispatches of treatment targets on gateway channels, skipping rows
	 * another worker holds: first ones claimed longer than {@code stale} ago whose sender
	 * never recorded a result, then queued ones in the order they became due (the
	 * {@code dispatch_due} index holds exactly the queued dispatches a worker may claim).
	 * MANAGER_VISIT dispatches are left to the manager tasks.
	 */
	List<Claimed> claim(int limit, Instant now, Duration stale) {
		List<UUID> ids = new ArrayList<>(this.jdbc.sql("""
				select id from dispatch where status = 'SENDING' and claimed_at < ?
				order by claimed_at limit ? for update skip locked""")
			.params(Timestamp.from(now.minus(stale)), limit)
			.query(UUID.class)
			.list());
		if (ids.size() < limit) {
			ids.addAll(this.jdbc.sql("""
					select d.id from dispatch d
					join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
					where d.status = 'QUEUED' and d.channel <> 'MANAGER_VISIT' and t.arm = 'TREATMENT'
					  and coalesce(d.not_before, d.created_at) <= ?
					order by coalesce(d.not_before, d.created_at) limit ? for update of d skip locked""")
				.params(Timestamp.from(now), limit - ids.size())
				.query(UUID.class)
				.list());
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, d.campaign_id, d.customer_id, d.channel, d.attempts, d.transactional,
				       d.status = 'SENDING' as resend, t.offer_code, t.benefit_quantity, t.benefit_unit,
				       coalesce(t.active_hour, h.active_hour), t.scheduled_week, t.masked_name,
				       exists (select 1 from consent c where c.customer_id = d.customer_id
				               and c.channel = d.channel and not c.granted) as opted_out
				from dispatch d
				join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				left join customer_active_hour h on h.customer_id = d.customer_id
				where d.id = any(?)
				order by coalesce(d.not_before, d.created_at)""")
			.param(new SqlArrayValue("uuid", ids.toArray()))
			.query((rs, i) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8),
					(Double) rs.getObject(9), rs.getString(10), (Integer) rs.getObject(11),
					rs.getObject(12, LocalDate.class), rs.getString(13), rs.getBoolean(14)))
			.list();
	}

	/**
	 * Each customer's marketing contacts since {@code since}, in one query: messages sent
	 * (by the {@code dispatch_customer_sent} index) and messages being sent.
	 */
	Map<String, List<ContactPolicy.Contact>> recentContacts(Collection<String> customers, Instant since) {
		Map<String, List<ContactPolicy.Contact>> contacts = new HashMap<>();
		SqlArrayValue ids = new SqlArrayValue("text", customers.toArray());
		Timestamp from = Timestamp.from(since);
		this.jdbc.sql("""
				select customer_id, channel, sent_at from dispatch
				where customer_id = any(:ids) and sent_at > :since and not transactional and status in %1$s
				union all
				select customer_id, channel, claimed_at from dispatch
				where status = 'SENDING' and sent_at is null and claimed_at > :since and customer_id = any(:ids)
				  and not transactional""".formatted(CONTACTED)).param("ids", ids).param("since", from).query(rs -> {
			contacts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new ContactPolicy.Contact(rs.getString(2), rs.getTimestamp(3).toInstant()));
		});
		return contacts;
	}

}
