package com.gridloop.ingestion.activity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.identity.IdentityService;
import com.gridloop.ingestion.identity.LinkMethod;
import com.gridloop.ingestion.identity.RecordLinked;
import com.gridloop.ingestion.identity.RecordLinker;
import com.gridloop.ingestion.identity.RecordUnlinked;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.identity.LinkedRecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.standard.Phones;

import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * App and WeChat activity as JSON lines ({@code app_user_id, event, ts}, and what the app
 * knows of its user: {@code customer_no} bound in the app, {@code phone}, the verified
 * {@code name} and {@code address}). The app user id is not a customer number. A user is
 * linked to a customer by the link made before (an app user once matched stays matched),
 * else the bound account, else the phone, else the probabilistic matcher on name, phone
 * and address (a sure match is linked, a doubtful one waits in the identity review queue
 * and is linked when a person accepts it). Events are kept as they came; per customer and
 * day they are published once the batch is done, and again when a user's link is made or
 * undone later.
 */
@Component
class AppEventsIngestor extends LinkedRecordIngestor<AppEventsIngestor.AppEvent> {

	static final Set<String> EVENTS = Set.of("LOGIN", "VIEW_BILL", "PAY", "CLICK_OFFER");

	/** The identity source name of app users. */
	static final String SOURCE = "APP";

	record AppEvent(String appUserId, String phone, String event, OffsetDateTime ts, String customerId,
			String linkMethod, String customerNo, String name, String address) {

		AppEvent linked(String customer, LinkMethod method) {
			return new AppEvent(this.appUserId, this.phone, this.event, this.ts, customer, method.name(),
					this.customerNo, this.name, this.address);
		}

	}

	AppEventsIngestor(RecordSupport support, RecordLinker linker) {
		super(support, Source.APP_EVENTS,
				Map.of("app_user_id", List.of("app_user_id", "user_id"), "phone", List.of("phone", "mobile"), "event",
						List.of("event", "event_type"), "ts", List.of("ts", "timestamp", "time"), "customer_no",
						List.of("customer_no", "cons_no", "bound_cons_no", "户号"), "name",
						List.of("name", "real_name", "姓名"), "address", List.of("address", "地址")),
				List.of("app_user_id", "event", "ts"), linker, SOURCE, true);
	}

	@Override
	protected AppEvent parse(Fields f, BatchTally tally) throws RowRejected {
		String user = f.required("app_user_id");
		String event = f.required("event");
		if (!EVENTS.contains(event)) {
			throw new RowRejected(Reason.UNKNOWN_CODE, "Unknown app event " + event + "; known: " + EVENTS);
		}
		OffsetDateTime ts = f.time("ts", true);
		Fields.notFuture("ts", ts);
		String phone = Phones.normalise(f.text("phone"));
		String customerNo = f.text("customer_no");
		RecordLinker.Link link = this.links.byKeys(user, customerNo, phone, tally);
		return new AppEvent(user, phone, event, ts, link.customerId(), link.method().name(), customerNo, f.text("name"),
				f.text("address"));
	}

	@Override
	protected long write(UUID batchId, List<AppEvent> chunk, BatchTally tally) {
		List<AppEvent> rows = resolveUsers(batchId, chunk, tally);
		this.jdbc.batchUpdate("""
				insert into app_event (app_user_id, event, ts, phone, customer_id, batch_id, link_method)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rows, 2000, (ps, e) -> {
			ps.setString(1, e.appUserId());
			ps.setString(2, e.event());
			ps.setObject(3, e.ts());
			ps.setString(4, e.phone());
			ps.setString(5, e.customerId());
			ps.setObject(6, batchId);
			ps.setString(7, e.linkMethod());
		});
		return 0;
	}

	/**
	 * Users no key linked who gave their name: each resolved once per chunk by the
	 * matcher (the region from the district the address names), sure links taken; the
	 * link is kept, so the user's later events need no matching.
	 */
	private List<AppEvent> resolveUsers(UUID batchId, List<AppEvent> rows, BatchTally tally) {
		Map<String, IdentityService.Candidate> candidates = new LinkedHashMap<>();
		for (AppEvent e : rows) {
			if (e.customerId() == null && e.name() != null && !candidates.containsKey(e.appUserId())) {
				candidates.put(e.appUserId(),
						this.links.candidate(e.appUserId(), e.name(), e.phone(), e.address(), e.customerNo()));
			}
		}
		if (candidates.isEmpty()) {
			return rows;
		}
		// The links are known links from now on: the user's later events need no
		// matching.
		Map<String, String> linked = this.links.match(List.copyOf(candidates.values()));
		if (!linked.isEmpty()) {
			// Linking a user also linked its events of this batch's earlier chunks
			// (onRecordLinked): no longer unresolved.
			Long earlier = this.jdbc.queryForObject("""
					select count(*) from app_event where batch_id = ? and link_method = 'PROBABILISTIC'
					  and app_user_id = any(?)""", Long.class, batchId, linked.keySet().toArray(String[]::new));
			tally.unresolvedReferences -= earlier == null ? 0 : earlier;
		}
		return rows.stream().map(e -> {
			String customer = e.customerId() == null ? linked.get(e.appUserId()) : null;
			if (customer == null) {
				return e;
			}
			tally.unresolvedReferences--;
			return e.linked(customer, LinkMethod.PROBABILISTIC);
		}).toList();
	}

	/**
	 * A user a person matched in the review queue: the user's events count for the
	 * customer from now on.
	 */
	@Override
	protected void linked(RecordLinked linked) {
		String method = linked.linkMethod().name();
		List<CustomerDay> days = this.jdbc.query("""
				update app_event set customer_id = ?, link_method = ? where app_user_id = ? and customer_id is null
				returning customer_id, (ts at time zone 'Asia/Shanghai')::date""", CustomerDay::of, linked.customerId(),
				method, linked.recordId());
		publishDays(days);
	}

	/**
	 * A user wrongly linked: the user's events belong to nobody known again, and the
	 * customer's days are recounted.
	 */
	@Override
	protected void unlinked(RecordUnlinked unlinked) {
		List<CustomerDay> days = this.jdbc.query(
				"""
						update app_event set customer_id = null, link_method = 'NONE'
						where app_user_id = ? and customer_id = ? and link_method in ('PROBABILISTIC', 'REVIEWED', 'MATCHED_BEFORE')
						returning ?::text, (ts at time zone 'Asia/Shanghai')::date""",
				CustomerDay::of, unlinked.recordId(), unlinked.customerId(), unlinked.customerId());
		publishDays(days);
	}

	/**
	 * Publishes the activity of these customer-days afresh (zero where no event is left).
	 */
	private void publishDays(List<CustomerDay> touched) {
		List<CustomerDay> days = touched.stream().distinct().toList();
		if (days.isEmpty()) {
			return;
		}
		String[] customers = days.stream().map(CustomerDay::customerId).toArray(String[]::new);
		Date[] dates = days.stream().map(d -> Date.valueOf(d.day())).toArray(Date[]::new);
		Map<CustomerDay, ActivityRecorded> counted = count(con -> {
			var ps = con
				.prepareStatement(COUNT.formatted("select * from unnest(?::text[], ?::date[]) as t(customer_id, day)"));
			ps.setArray(1, con.createArrayOf("text", customers));
			ps.setArray(2, con.createArrayOf("date", dates));
			return ps;
		});
		List<ActivityRecorded> events = days.stream()
			.map(d -> counted.getOrDefault(d, new ActivityRecorded(d.customerId(), d.day(), 0, 0, 0, 0, new int[24])))
			.toList();
		this.outbox.appendAll(Events.ACTIVITY_RECORDED, events, ActivityRecorded::customerId);
	}

	/** A customer's local day. */
	private record CustomerDay(String customerId, LocalDate day) {

		static CustomerDay of(ResultSet rs, int row) throws SQLException {
			return new CustomerDay(rs.getString(1), rs.getDate(2).toLocalDate());
		}

	}

	/**
	 * Activity per customer and day of these customer-days, counted over everything
	 * stored for those days.
	 */
	private static final String COUNT = """
			with touched as (%s)
			select e.customer_id, t.day, e.event, extract(hour from e.ts at time zone 'Asia/Shanghai')::int, count(*)
			from app_event e join touched t on t.customer_id = e.customer_id
			  and (e.ts at time zone 'Asia/Shanghai')::date = t.day
			group by 1, 2, 3, 4 order by 1, 2""";

	/**
	 * Activity per customer and Beijing-time day of this batch, counted over everything
	 * stored for those days.
	 */
	@Override
	protected long finish(UUID batchId, BatchTally tally) {
		Map<CustomerDay, ActivityRecorded> days = count(con -> {
			var ps = con.prepareStatement(COUNT.formatted("""
					select distinct customer_id, (ts at time zone 'Asia/Shanghai')::date as day
					from app_event where batch_id = ? and customer_id is not null"""));
			ps.setObject(1, batchId);
			return ps;
		});
		this.outbox.appendAll(Events.ACTIVITY_RECORDED, List.copyOf(days.values()), ActivityRecorded::customerId);
		return days.size();
	}

	/** Each customer-day's activity, from a {@link #COUNT} query. */
	private Map<CustomerDay, ActivityRecorded> count(PreparedStatementCreator query) {
		Map<CustomerDay, int[]> counts = new LinkedHashMap<>();
		this.jdbc.query(query, (RowCallbackHandler) rs -> {
			int[] c = counts.computeIfAbsent(CustomerDay.of(rs, 0), k -> new int[28]);
			int n = rs.getInt(5);
			switch (rs.getString(3)) {
				case "LOGIN" -> c[24] += n;
				case "VIEW_BILL" -> c[25] += n;
				case "PAY" -> c[26] += n;
				default -> c[27] += n;
			}
			c[rs.getInt(4)] += n;
		});
		Map<CustomerDay, ActivityRecorded> out = new LinkedHashMap<>();
		counts.forEach((d, c) -> out.put(d,
				new ActivityRecorded(d.customerId(), d.day(), c[24], c[25], c[26], c[27], Arrays.copyOf(c, 24))));
		return out;
	}

}
