package com.gridloop.reach.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns unanswered treatment messages and planned visits into tasks. Each assignee takes
 * at most their weekly capacity of tasks a week (the call centre is not capped); the rest
 * wait QUEUED and take the capacity a later week frees, most important first.
 */
@Component
class FallbackPlanner {

	/** The assignee of customers nobody serves by name or by area. */
	static final String CALL_CENTRE = "CALL_CENTRE";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int PAGE = 5000;

	/**
	 * What a run did: tasks opened on call lists, and tasks queued for lack of capacity.
	 */
	record Planned(int opened, int queued, int promoted) {
	}

	private final TaskQueries queries;

	private final JdbcTemplate jdbc;

	private final TaskProperties properties;

	private final MeterRegistry meters;

	FallbackPlanner(TaskQueries queries, JdbcTemplate jdbc, TaskProperties properties, MeterRegistry meters) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.properties = properties;
		this.meters = meters;
	}

	@Transactional
	Planned plan(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, CHINA);
		LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<String, Integer> taken = this.queries.takenIn(week);
		Map<String, Integer> capacities = this.queries.capacities();
		int promoted = promoteQueued(week, taken, capacities);
		int opened = 0;
		int queued = 0;
		List<TaskQueries.Candidate> candidates = this.queries.candidates(now, this.properties.fallbackWindow(),
				this.properties.windowText(), PAGE);
		List<Object[]> rows = new ArrayList<>();
		for (TaskQueries.Candidate c : candidates) {
			boolean open = take(c.assignee(), taken, capacities);
			LocalDate due = due(c, today, week);
			rows.add(new Object[] { UUID.randomUUID(), c.campaignId(), c.customerId(), c.kind(), c.assignee(),
					open ? "OPEN" : "QUEUED", c.reason(), c.benefitText(), c.bestHour(), c.onlineHistory(),
					c.priority(), open ? week : null, open ? due : null });
			opened += open ? 1 : 0;
			queued += open ? 0 : 1;
		}
		this.jdbc.batchUpdate("""
				insert into task (id, campaign_id, customer_id, kind, assignee, status, reason, benefit_text, best_hour,
				  online_history, priority, week_start, due_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (campaign_id, customer_id) do nothing""", rows);
		this.meters.counter("gridloop.reach.tasks.created", "status", "OPEN").increment(opened);
		this.meters.counter("gridloop.reach.tasks.created", "status", "QUEUED").increment(queued);
		return new Planned(opened, queued, promoted);
	}

	/** Opens queued tasks while their assignees have capacity left this week. */
	private int promoteQueued(LocalDate week, Map<String, Integer> taken, Map<String, Integer> capacities) {
		List<UUID> queued = this.queries.queued(PAGE);
		if (queued.isEmpty()) {
			return 0;
		}
		Map<UUID, String> assignees = this.queries.assigneesOf(queued);
		List<Object[]> open = new ArrayList<>();
		for (UUID id : queued) {
			if (take(assignees.get(id), taken, capacities)) {
				open.add(new Object[] { week, week.plusDays(6), id });
			}
		}
		this.jdbc.batchUpdate("""
				update task set status = 'OPEN', week_start = ?, due_on = ?, updated_at = now()
				where id = ? and status = 'QUEUED'""", open);
		return open.size();
	}

	/** Takes one of the assignee's tasks this week if their capacity allows. */
	private boolean take(String assignee, Map<String, Integer> taken, Map<String, Integer> capacities) {
		int capacity = CALL_CENTRE.equals(assignee) ? Integer.MAX_VALUE
				: capacities.getOrDefault(assignee, this.properties.defaultCapacity());
		int used = taken.getOrDefault(assignee, 0);
		if (used >= capacity) {
			return false;
		}
		taken.put(assignee, used + 1);
		return true;
	}

	/**
	 * A visit is due by the end of the week strategy planned it for; a follow-up call
	 * within the configured days.
	 */
	private LocalDate due(TaskQueries.Candidate c, LocalDate today, LocalDate week) {
		if ("VISIT".equals(c.kind())) {
			LocalDate planned = c.scheduledWeek() == null || c.scheduledWeek().isBefore(week) ? week
					: c.scheduledWeek();
			return planned.plusDays(6);
		}
		return today.plusDays(this.properties.followUpDays());
	}

}
