package com.gridloop.reach.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.reach.ReachIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online-to-offline fallback: an unanswered treatment message becomes a task for the
 * customer's manager after the campaign's window, never for control customers or
 * customers who engaged; tasks beyond a manager's weekly capacity wait queued.
 */
@ReachIntegrationTest
class FallbackTest {

	@Autowired
	FallbackPlanner planner;

	@Autowired
	JdbcTemplate jdbc;

	private TaskMother mother() {
		return new TaskMother(this.jdbc);
	}

	@Test
	void anUnansweredMessageBecomesATaskForTheRightPersonAfterTheWindow() {
		String s = UUID.randomUUID().toString().substring(0, 8);
		UUID campaign = UUID.randomUUID();
		Instant now = Instant.now();
		TaskMother m = mother();
		m.manager("CI-" + s, "大客户" + s, 10);
		m.manager("GRID-" + s, "台区" + s, 10, "TA-" + s);
		m.contact("late-" + s, "湖北某厂", "GENERAL_CI", "CI-" + s, null, 10);
		m.sent(campaign, "late-" + s, 1, "DELIVERED", now, 49);
		m.contact("early-" + s, "早", "GENERAL_CI", "CI-" + s, null, null);
		m.sent(campaign, "early-" + s, 2, "SENT", now, 47);
		for (String engaged : List.of("READ", "CLICKED", "RESPONDED")) {
			m.contact(engaged + "-" + s, engaged, "GENERAL_CI", "CI-" + s, null, null);
			m.sent(campaign, engaged + "-" + s, 3, engaged, now, 60);
		}
		m.contact("failed-" + s, "失败", "GENERAL_CI", "CI-" + s, null, null);
		m.sent(campaign, "failed-" + s, 3, "FAILED", now, 60);
		// A control customer is never sent anything; a stray dispatch row still makes no
		// task.
		m.contact("control-" + s, "对照", "GENERAL_CI", "CI-" + s, null, null);
		m.target(campaign, "control-" + s, "CONTROL", "SMS", 4, null, null, null);
		m.dispatch(campaign, "control-" + s, "SENT", now.minusSeconds(100 * 3600));
		m.contact("home-" + s, "居民", "RESIDENTIAL", null, "TA-" + s, 20);
		m.sent(campaign, "home-" + s, 5, "SENT", now, 50);
		m.contact("nobody-" + s, "无台区", "RESIDENTIAL", null, null, null);
		m.sent(campaign, "nobody-" + s, 6, "SENT", now, 50);
		m.sent(campaign, "converted-" + s, 7, "SENT", now, 50);
		this.jdbc.update("""
				insert into outcome (id, campaign_id, customer_id, outcome, source, occurred_at)
				values (?, ?, ?, 'CONVERTED', 'BUSINESS_SYSTEM', now())""", UUID.randomUUID(), campaign,
				"converted-" + s);
		UUID quick = UUID.randomUUID();
		m.contact("quick-" + s, "短窗口", "GENERAL_CI", "CI-" + s, null, null);
		m.target(quick, "quick-" + s, "TREATMENT", "SMS", 1, 4, null, null);
		m.dispatch(quick, "quick-" + s, "SENT", now.minusSeconds(5 * 3600));

		this.planner.plan(now);

		List<Map<String, Object>> tasks = this.jdbc.queryForList("""
				select customer_id, assignee, status, kind, best_hour, online_history from task
				where customer_id like ? order by customer_id""", "%-" + s);
		assertThat(tasks).extracting(t -> t.get("customer_id") + " -> " + t.get("assignee"))
			.containsExactly("home-" + s + " -> GRID-" + s, "late-" + s + " -> CI-" + s,
					"nobody-" + s + " -> CALL_CENTRE", "quick-" + s + " -> CI-" + s);
		assertThat(tasks).allSatisfy(t -> {
			assertThat(t.get("status")).isEqualTo("OPEN");
			assertThat(t.get("kind")).isEqualTo("FOLLOW_UP");
		});
		Map<String, Object> late = tasks.get(1);
		assertThat(late.get("best_hour")).isEqualTo(10);
		assertThat((String) late.get("online_history")).startsWith("SMS DELIVERED at ").endsWith("within 48 h");
		assertThat((String) tasks.get(3).get("online_history")).endsWith("within 4 h");

		// A second run makes nothing twice.
		this.planner.plan(now);
		assertThat(
				this.jdbc.queryForObject("select count(*) from task where customer_id like ?", Integer.class, "%-" + s))
			.isEqualTo(4);
		// The stray control dispatch would count in the shared reach stats'
		// controlContacted,
		// which other tests expect to be 0.
		this.jdbc.update("delete from dispatch where customer_id = ?", "control-" + s);
	}

	@Test
	void tasksBeyondTheWeeklyCapacityAreQueuedThenOpenedWhenAWeekFreesCapacity() {
		String s = UUID.randomUUID().toString().substring(0, 8);
		UUID campaign = UUID.randomUUID();
		Instant now = Instant.now();
		TaskMother m = mother();
		m.manager("CAP-" + s, "容量" + s, 2);
		for (int i = 1; i <= 5; i++) {
			m.contact("c" + i + "-" + s, "客户" + i, "GENERAL_CI", "CAP-" + s, null, null);
			m.sent(campaign, "c" + i + "-" + s, i, "SENT", now, 72);
		}

		FallbackPlanner.Planned first = this.planner.plan(now);

		assertThat(first.queued()).isGreaterThanOrEqualTo(3);
		assertThat(statuses(s)).containsExactly("c1 OPEN", "c2 OPEN", "c3 QUEUED", "c4 QUEUED", "c5 QUEUED");

		// Next week the two open tasks no longer take capacity: the two most important
		// queued ones open.
		LocalDate week = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.jdbc.update("update task set week_start = ? where assignee = ?", week.minusWeeks(1), "CAP-" + s);
		this.planner.plan(now);
		assertThat(statuses(s)).containsExactly("c1 OPEN", "c2 OPEN", "c3 OPEN", "c4 OPEN", "c5 QUEUED");
	}

	@Test
	void aPlannedManagerVisitBecomesATaskForThePlannedManagerDueThatWeek() {
		String s = UUID.randomUUID().toString().substring(0, 8);
		UUID campaign = UUID.randomUUID();
		LocalDate week = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(1);
		TaskMother m = mother();
		m.manager("VIS-" + s, "拜访" + s, 5);
		m.contact("visit-" + s, "大工业", "LARGE_INDUSTRIAL", "OTHER-" + s, null, null);
		m.target(campaign, "visit-" + s, "TREATMENT", "MANAGER_VISIT", 1, null, "VIS-" + s, week);
		m.target(campaign, "held-" + s, "CONTROL", "MANAGER_VISIT", 2, null, "VIS-" + s, week);

		this.planner.plan(Instant.now());

		assertThat(this.jdbc.queryForList("select customer_id || ' ' || assignee || ' ' || kind || ' ' || due_on "
				+ "from task where customer_id like ?", String.class, "%-" + s))
			.containsExactly("visit-" + s + " VIS-" + s + " VISIT " + week.plusDays(6));
	}

	private List<String> statuses(String suffix) {
		return this.jdbc.queryForList(
				"select split_part(customer_id, '-', 1) || ' ' || status from task where customer_id like ? order by customer_id",
				String.class, "%-" + suffix);
	}

}
