package com.gridloop.reach.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes reach's rows for fallback and call-list tests: managers, contacts, targets and
 * dispatches in the states the dispatch pipeline leaves them in.
 */
public final class TaskMother {

	private final JdbcTemplate jdbc;

	public TaskMother(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void manager(String staffNo, String team, int capacity, String... areas) {
		this.jdbc.update("""
				insert into manager (staff_no, name, team, weekly_capacity, transformer_areas) values (?, ?, ?, ?, ?)
				on conflict (staff_no) do update set team = excluded.team, weekly_capacity = excluded.weekly_capacity,
				  transformer_areas = excluded.transformer_areas""", ps -> {
			ps.setString(1, staffNo);
			ps.setString(2, "经理" + staffNo);
			ps.setString(3, team);
			ps.setInt(4, capacity);
			ps.setArray(5, ps.getConnection().createArrayOf("text", areas));
		});
	}

	public void contact(String customerId, String name, String category, String manager, String area,
			Integer activeHour) {
		this.jdbc.update("""
				insert into customer_contact (customer_id, name, phone, category, account_manager, transformer_area)
				values (?, ?, '13800000000', ?, ?, ?)""", customerId, name, category, manager, area);
		this.jdbc.update("""
				insert into customer_active_hour (customer_id, active_hour, computed_at) values (?, ?, now())
				on conflict (customer_id) do update set active_hour = excluded.active_hour""", customerId, activeHour);
	}

	/** A target; a channel of MANAGER_VISIT is planned for the manager in the week. */
	public void target(UUID campaign, String customer, String arm, String channel, int priority, Integer fallbackHours,
			String manager, LocalDate week) {
		this.jdbc.update("""
				insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_text, priority,
				  fallback_hours, manager, scheduled_week)
				values (?, ?, ?, 'OFFER', ?, '峰谷电价可省钱', '年省约300元', ?, ?, ?, ?)""", campaign, customer, arm, channel,
				priority, fallbackHours, manager, week);
	}

	/** A dispatch in the state given, sent at the time given. */
	public void dispatch(UUID campaign, String customer, String status, Instant sentAt) {
		this.jdbc.update("""
				insert into dispatch (id, campaign_id, customer_id, channel, status, sent_at)
				values (?, ?, ?, 'SMS', ?, ?)""", UUID.randomUUID(), campaign, customer, status,
				Timestamp.from(sentAt));
	}

	/**
	 * A treatment target whose SMS is in the state given, sent hoursAgo hours before now.
	 */
	public void sent(UUID campaign, String customer, int priority, String status, Instant now, int hoursAgo) {
		target(campaign, customer, "TREATMENT", "SMS", priority, null, null, null);
		dispatch(campaign, customer, status, now.minusSeconds(hoursAgo * 3600L));
	}

}
