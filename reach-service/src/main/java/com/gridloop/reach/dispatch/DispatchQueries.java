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
class DispatchQueries {

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

	private final JdbcClient jdbc;

	DispatchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the oldest due dispatches of treatment targets on gateway channels, skipping
	 * rows another worker holds: queued ones whose time has come, and ones claimed longer
	 * than {@code stale} ago whose sender never recorded a result. MANAGER_VISIT
	 * dispatches are left to the manager tasks.
	 */
	List<Claimed> claim(int limit, Instant now, Duration stale) {
		return this.jdbc.sql("""
				with due as (
				  select d.id from dispatch d
				  join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				  where t.arm = 'TREATMENT' and d.channel <> 'MANAGER_VISIT'
				    and ((d.status = 'QUEUED' and (d.not_before is null or d.not_before <= :now))
				         or (d.status = 'SENDING' and d.claimed_at < :stale))
				  order by d.created_at limit :limit for update of d skip locked)
				select d.id, d.campaign_id, d.customer_id, d.channel, d.attempts, d.transactional,
				       d.status = 'SENDING' as resend, t.offer_code, t.benefit_quantity, t.benefit_unit,
				       coalesce(t.active_hour, h.active_hour), t.scheduled_week, t.masked_name,
				       exists (select 1 from consent c where c.customer_id = d.customer_id
				               and c.channel = d.channel and not c.granted) as opted_out
				from dispatch d join due on due.id = d.id
				join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				left join customer_active_hour h on h.customer_id = d.customer_id
				order by d.created_at""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(stale)))
			.param("limit", limit)
			.query((rs, i) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8),
					(Double) rs.getObject(9), rs.getString(10), (Integer) rs.getObject(11),
					rs.getObject(12, LocalDate.class), rs.getString(13), rs.getBoolean(14)))
			.list();
	}

	/** Each customer's marketing contacts since {@code since}, in one query. */
	Map<String, List<ContactPolicy.Contact>> recentContacts(Collection<String> customers, Instant since) {
		Map<String, List<ContactPolicy.Contact>> contacts = new HashMap<>();
		this.jdbc.sql("""
				select customer_id, channel, coalesce(sent_at, claimed_at) from dispatch
				where customer_id = any(?) and not transactional and status in %s
				  and coalesce(sent_at, claimed_at) > ?""".formatted(CONTACTED))
			.params(new SqlArrayValue("text", customers.toArray()), Timestamp.from(since))
			.query(rs -> {
				contacts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new ContactPolicy.Contact(rs.getString(2), rs.getTimestamp(3).toInstant()));
			});
		return contacts;
	}

}
