package com.gridloop.reach.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for the fallback: which targets need a task, who serves them, and how much of
 * each assignee's week is taken.
 *
 * <p>
 * The contract with the dispatch pipeline: a dispatch in state SENT or DELIVERED has
 * reached the customer's device and nothing more; READ, CLICKED and RESPONDED mean the
 * customer engaged, so no follow-up; QUEUED, FAILED and SUPPRESSED were never seen and
 * are left to the pipeline. {@code sent_at} is when the message left. The fallback window
 * starts there.
 */
@Component
record TaskQueries(JdbcClient jdbc) {

	/** A target that needs a follow-up task, with who should do it. */
	record Candidate(UUID campaignId, String customerId, String kind, String assignee, String reason,
			String benefitText, Integer bestHour, String onlineHistory, int priority, LocalDate scheduledWeek) {
	}

	private static final String ASSIGNEE = """
			coalesce(%s, c.account_manager,
			  (select m.staff_no from manager m where c.transformer_area = any(m.transformer_areas)
			   order by m.staff_no limit 1),
			  'CALL_CENTRE')""";

	/**
	 * Treatment targets whose message went unanswered for their campaign's window, and
	 * treatment targets planned for a manager visit, that have no task and no closing
	 * outcome yet; most important first. Control targets are never selected.
	 */
	List<Candidate> candidates(Instant now, Duration window, String windowText, int limit) {
		return this.jdbc.sql("""
				select * from (
				  select t.campaign_id, t.customer_id, 'FOLLOW_UP' as kind, %s as assignee, t.reason, t.benefit_text,
				         h.active_hour as best_hour,
				         d.channel || ' ' || d.status || ' at ' || to_char(d.sent_at at time zone 'Asia/Shanghai',
				           'YYYY-MM-DD HH24:MI') || '; no read, click or reply within '
				           || coalesce(t.fallback_hours || ' h', :windowText) as online_history,
				         t.priority, t.scheduled_week
				  from target t
				  join dispatch d on d.campaign_id = t.campaign_id and d.customer_id = t.customer_id
				  left join customer_contact c on c.customer_id = t.customer_id
				  left join customer_active_hour h on h.customer_id = t.customer_id
				  where t.arm = 'TREATMENT' and t.channel <> 'MANAGER_VISIT'
				    and d.status in ('SENT', 'DELIVERED')
				    and d.sent_at <= :now - case when t.fallback_hours is null then make_interval(secs => :seconds)
				                                 else make_interval(hours => t.fallback_hours) end
				  union all
				  select t.campaign_id, t.customer_id, 'VISIT', %s, t.reason, t.benefit_text, h.active_hour,
				         'planned visit, no online contact', t.priority, t.scheduled_week
				  from target t
				  left join customer_contact c on c.customer_id = t.customer_id
				  left join customer_active_hour h on h.customer_id = t.customer_id
				  where t.arm = 'TREATMENT' and t.channel = 'MANAGER_VISIT'
				) k
				where not exists (select 1 from task x where x.campaign_id = k.campaign_id
				                  and x.customer_id = k.customer_id)
				  and not exists (select 1 from outcome o where o.campaign_id = k.campaign_id
				                  and o.customer_id = k.customer_id and o.outcome in ('CONVERTED', 'REFUSED'))
				order by k.priority, k.customer_id
				limit :limit""".formatted(ASSIGNEE.formatted("null"), ASSIGNEE.formatted("t.manager")))
			.param("now", now.atOffset(java.time.ZoneOffset.UTC))
			.param("seconds", window.toSeconds())
			.param("windowText", windowText)
			.param("limit", limit)
			.query(Candidate.class)
			.list();
	}

	/**
	 * Tasks each assignee already holds in the week: open or done, so a closed call does
	 * not free the week.
	 */
	Map<String, Integer> takenIn(LocalDate week) {
		Map<String, Integer> taken = new HashMap<>();
		this.jdbc.sql("select assignee, count(*) from task where week_start = ? group by assignee")
			.param(week)
			.query(rs -> {
				taken.put(rs.getString(1), rs.getInt(2));
			});
		return taken;
	}

	/** Weekly capacity by staff no. */
	Map<String, Integer> capacities() {
		Map<String, Integer> capacity = new HashMap<>();
		this.jdbc.sql("select staff_no, weekly_capacity from manager").query(rs -> {
			capacity.put(rs.getString(1), rs.getInt(2));
		});
		return capacity;
	}

	/** Queued tasks, most important first: they take free capacity before new ones. */
	List<UUID> queued(int limit) {
		return this.jdbc.sql("select id from task where status = 'QUEUED' order by priority, created_at limit ?")
			.param(limit)
			.query(UUID.class)
			.list();
	}

	/** The assignee of each queued task. */
	Map<UUID, String> assigneesOf(List<UUID> tasks) {
		Map<UUID, String> assignees = new HashMap<>();
		this.jdbc.sql("select id, assignee from task where id = any(?)")
			.param(new org.springframework.jdbc.support.SqlArrayValue("uuid", tasks.toArray()))
			.query(rs -> {
				assignees.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return assignees;
	}

	/**
	 * Open tasks per assignee, and follow-ups against messages sent: what the metrics
	 * show.
	 */
	record Load(Map<String, Integer> openByAssignee, long followUps, long sent, long queued) {
	}

	Load load() {
		Map<String, Integer> open = new HashMap<>();
		this.jdbc.sql("select assignee, count(*) from task where status = 'OPEN' group by assignee").query(rs -> {
			open.put(rs.getString(1), rs.getInt(2));
		});
		long followUps = this.jdbc.sql("select count(*) from task where kind = 'FOLLOW_UP'").query(Long.class).single();
		long sent = this.jdbc.sql("select count(*) from dispatch where sent_at is not null").query(Long.class).single();
		long queued = this.jdbc.sql("select count(*) from task where status = 'QUEUED'").query(Long.class).single();
		return new Load(open, followUps, sent, queued);
	}

}
