package com.gridloop.local.bench;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.gridloop.common.jdbc.PgCopy;
import com.gridloop.datagen.AccountManagers;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows {@code ./gridloop bench reach} copies into reach's schema, deterministic by
 * index: a campaign's treatment targets with their queued dispatches, as TargetListener
 * writes them, over a mix of customers the contact policy treats differently; and a
 * county's account managers with their follow-up tasks for the call lists.
 *
 * <p>
 * Of every 100 targets: 2 opted out of their channel (suppressed: consent), 2 contacted
 * on their channel three hours ago (suppressed: frequency_cap, one a day), 1 with an
 * active hour three hours after the run's local noon (deferred: send_time); 10 more were
 * contacted three days ago, within the weekly cap. 80 % have profile's active hour equal
 * to the run's hour, the rest none.
 */
final class ReachBenchData {

	static final UUID CAMPAIGN = UUID.fromString("00000000-0000-4000-8000-00000000be0c");

	private static final UUID EARLIER = UUID.fromString("00000000-0000-4000-8000-00000000be0b");

	private static final String[] CHANNELS = { "SMS", "SMS", "SMS", "SMS", "SMS", "SMS", "SMS", "SMS", "WECHAT",
			"WECHAT", "WECHAT", "WECHAT", "WECHAT", "WECHAT", "APP_PUSH", "APP_PUSH", "APP_PUSH", "APP_PUSH",
			"APP_PUSH", "OUTBOUND_CALL" };

	private static final String[] OFFERS = { "TOU_TARIFF", "TOU_TARIFF", "EFFICIENCY_AUDIT", "RETENTION_TRANSPARENCY",
			"CAPACITY_EXPANSION" };

	private static final String[] SURNAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军" };

	/** Managers in the county, ten to a team; the first is the demo manager. */
	static final int MANAGERS = 400;

	/** Open tasks on each manager's call list. */
	static final int OPEN_TASKS = 150;

	/** What the contact policy should decide for each of {@code targets}. */
	record Expected(long consent, long frequencyCap, long sendTime, long send) {

		static Expected of(int targets) {
			long consent = 0;
			long capped = 0;
			long deferred = 0;
			for (int i = 0; i < targets; i++) {
				switch (kind(i)) {
					case OPTED_OUT -> consent++;
					case CONTACTED_TODAY -> capped++;
					case LATER_HOUR -> deferred++;
					default -> {
					}
				}
			}
			return new Expected(consent, capped, deferred, targets - consent - capped - deferred);
		}

	}

	private enum Kind {

		OPTED_OUT, CONTACTED_TODAY, LATER_HOUR, CONTACTED_THIS_WEEK, PLAIN

	}

	private ReachBenchData() {
	}

	private static Kind kind(int i) {
		return switch (i % 50) {
			case 3 -> Kind.OPTED_OUT;
			case 5 -> Kind.CONTACTED_TODAY;
			case 7 -> (i % 100 == 7) ? Kind.LATER_HOUR : Kind.PLAIN;
			case 11, 13, 17, 19, 23 -> Kind.CONTACTED_THIS_WEEK;
			default -> Kind.PLAIN;
		};
	}

	static String customer(int i) {
		return String.format("RB%08d", i);
	}

	static String channel(int i) {
		return CHANNELS[i % CHANNELS.length];
	}

	/**
	 * Everything a dispatch's claim reads except the dispatch itself: targets, consents,
	 * earlier contacts and active hours, committed.
	 */
	static void loadTargets(Connection con, int targets, Instant now, int localHour) throws Exception {
		CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
		LocalDate week = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
		Rows target = new Rows(copy, """
				copy target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_text, priority,
				             benefit_quantity, benefit_unit, scheduled_week, active_hour, masked_name) from stdin""");
		Rows consent = new Rows(copy, "copy consent (customer_id, channel, granted, updated_at) from stdin");
		Rows history = new Rows(copy, """
				copy dispatch (id, campaign_id, customer_id, channel, status, created_at, sent_at, claimed_at,
				               attempts) from stdin""");
		Rows hours = new Rows(copy, "copy customer_active_hour (customer_id, active_hour, computed_at) from stdin");
		for (int i = 0; i < targets; i++) {
			String customer = customer(i);
			String channel = channel(i);
			Kind kind = kind(i);
			String offer = OFFERS[i % OFFERS.length];
			target.add(CAMPAIGN, customer, "TREATMENT", offer, channel, "bench", "bench benefit", i % 5 + 1,
					100 + (i * 37L) % 900, "yuan/year", week, kind == Kind.LATER_HOUR ? (localHour + 3) % 24 : null,
					SURNAMES[i % SURNAMES.length] + GIVEN[(i / 10) % GIVEN.length]);
			if (kind == Kind.OPTED_OUT) {
				consent.add(customer, channel, false, now.minusSeconds(86_400 * 30));
			}
			if (kind == Kind.CONTACTED_TODAY || kind == Kind.CONTACTED_THIS_WEEK) {
				Instant at = now.minusSeconds(kind == Kind.CONTACTED_TODAY ? 3 * 3600 : 3 * 86_400);
				history.add(UUID.randomUUID(), EARLIER, customer, channel, "DELIVERED", at, at, at, 1);
			}
			if (i % 5 != 4 && kind != Kind.LATER_HOUR) {
				hours.add(customer, localHour, now.minusSeconds(86_400));
			}
		}
		target.flush();
		consent.flush();
		history.flush();
		hours.flush();
		con.commit();
		analyze(con, "target", "consent", "dispatch", "customer_active_hour");
	}

	/** The campaign's queued dispatches, all committed at once: the queue arrives. */
	static void queueDispatches(Connection con, int targets, Instant now) throws Exception {
		Rows dispatch = new Rows(con.unwrap(PGConnection.class).getCopyAPI(),
				"copy dispatch (id, campaign_id, customer_id, channel, transactional, status, created_at) from stdin");
		for (int i = 0; i < targets; i++) {
			dispatch.add(UUID.randomUUID(), CAMPAIGN, customer(i), channel(i), false, "QUEUED",
					now.plusNanos(i * 1000L));
		}
		dispatch.flush();
		con.commit();
	}

	/**
	 * {@link #MANAGERS} managers with {@link #OPEN_TASKS} open tasks each this week, plus
	 * done ones, on customers of their own; nothing left for the fallback job to open.
	 */
	static void loadTasks(Connection con, Instant now) throws Exception {
		CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
		Rows managers = new Rows(copy, "copy manager (staff_no, name, team, weekly_capacity) from stdin");
		Rows contacts = new Rows(copy, """
				copy customer_contact (customer_id, name, phone, category, account_manager, transformer_area)
				from stdin""");
		Rows hours = new Rows(copy, "copy customer_active_hour (customer_id, active_hour, computed_at) from stdin");
		Rows tasks = new Rows(copy,
				"""
						copy task (id, campaign_id, customer_id, kind, assignee, status, reason, benefit_text, best_hour,
						           online_history, priority, week_start, due_on, outcome, created_at, updated_at) from stdin""");
		LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
		LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		int perManager = OPEN_TASKS * 4 / 3;
		for (int m = 0; m < MANAGERS; m++) {
			String staffNo = m == 0 ? AccountManagers.DEMO_MANAGER : String.format("KM%04d", m + 1);
			managers.add(staffNo, SURNAMES[m % 10] + GIVEN[(m / 10) % 10], String.format("T%02d", m / 10), perManager);
			for (int j = 0; j < perManager; j++) {
				String customer = String.format("CL%04d%04d", m, j);
				contacts.add(customer, SURNAMES[j % 10] + GIVEN[(j / 10) % 10] + "有限公司",
						String.format("138%04d%04d", m, j), j % 3 == 0 ? "COMMERCIAL" : "INDUSTRIAL", staffNo,
						String.format("TA%05d", m * 7 + j % 7));
				if (j % 4 != 3) {
					hours.add(customer, 9 + j % 9, now.minusSeconds(86_400));
				}
				String status = j < OPEN_TASKS ? "OPEN" : "DONE";
				tasks.add(UUID.randomUUID(), CAMPAIGN, customer, j % 6 == 0 ? "VISIT" : "FOLLOW_UP", staffNo, status,
						"峰谷电价节省潜力高", "预计每年可省" + (2000 + j * 13) + "元", j % 4 == 3 ? 10 : null,
						"SMS SENT at 2026-11-28 10:00; no read, click or reply within 48 h", j % 5 + 1, monday,
						today.plusDays(j % 7), "DONE".equals(status) ? "REACHED" : null, now, now);
			}
		}
		managers.flush();
		contacts.flush();
		hours.flush();
		tasks.flush();
		con.commit();
		analyze(con, "manager", "customer_contact", "customer_active_hour", "task");
	}

	static void analyze(Connection con, String... tables) throws Exception {
		try (Statement st = con.createStatement()) {
			st.execute("analyze " + String.join(", ", tables));
		}
		con.commit();
	}

	/** Rows for one COPY, sent in chunks of about 8 MB. */
	private static final class Rows {

		private final CopyManager copy;

		private final String sql;

		private final StringBuilder rows = new StringBuilder(1 << 20);

		Rows(CopyManager copy, String sql) {
			this.copy = copy;
			this.sql = sql;
		}

		void add(Object... fields) throws Exception {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					this.rows.append('\t');
				}
				PgCopy.field(this.rows, fields[i] == null ? null : fields[i].toString());
			}
			this.rows.append('\n');
			if (this.rows.length() > (1 << 23)) {
				flush();
			}
		}

		void flush() throws Exception {
			if (this.rows.length() > 0) {
				this.copy.copyIn(this.sql, new StringReader(this.rows.toString()));
				this.rows.setLength(0);
			}
		}

	}

	/** Messages sent or failed and targets suppressed or deferred, so far. */
	static double decided(MeterRegistry meters) {
		double n = 0;
		for (Counter c : meters.find("gridloop.reach.messages").counters()) {
			String state = c.getId().getTag("state");
			n += "SENT".equals(state) || "FAILED".equals(state) ? c.count() : 0;
		}
		for (Counter c : meters.find("gridloop.reach.policy").counters()) {
			n += c.count();
		}
		return n;
	}

	/** The campaign's dispatches: SENT and the policy's reasons. */
	static Map<String, Long> outcomes(Connection con) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("""
				select case when status = 'SUPPRESSED' then detail when status = 'QUEUED' then deferred_reason
				            else status end, count(*)
				from dispatch where campaign_id = '%s' group by 1""".formatted(CAMPAIGN))) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		}
		con.commit();
		return counts;
	}

	static long pending(Connection con) throws Exception {
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("select count(*) from outbox_event")) {
			rs.next();
			long n = rs.getLong(1);
			con.commit();
			return n;
		}
	}

}
