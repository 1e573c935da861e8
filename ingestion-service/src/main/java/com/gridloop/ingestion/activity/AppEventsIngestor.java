package com.gridloop.ingestion.activity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.customer.Phones;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.records.AliasDirectory;
import com.gridloop.ingestion.records.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RowRejected;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * App and WeChat activity as JSON lines ({@code app_user_id, phone, event, ts}). The app user id is not a customer
 * number: the phone links the user to a customer. Events are kept as they came; per customer and day they are
 * published once the batch is done.
 */
@Component
class AppEventsIngestor extends RecordIngestor<AppEventsIngestor.AppEvent> {

	static final Set<String> EVENTS = Set.of("LOGIN", "VIEW_BILL", "PAY", "CLICK_OFFER");

	record AppEvent(String appUserId, String phone, String event, OffsetDateTime ts, String customerId) {
	}

	private final AliasDirectory aliases;

	private final Outbox outbox;

	private Map<String, String> phones;

	AppEventsIngestor(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, AliasDirectory aliases,
			Outbox outbox) {
		super(jdbc, tx, json);
		this.aliases = aliases;
		this.outbox = outbox;
	}

	@Override
	public Source source() {
		return Source.APP_EVENTS;
	}

	@Override
	protected boolean jsonLines() {
		return true;
	}

	@Override
	protected Map<String, List<String>> columns() {
		return Map.of("app_user_id", List.of("app_user_id", "user_id"), "phone", List.of("phone", "mobile"), "event",
				List.of("event", "event_type"), "ts", List.of("ts", "timestamp", "time"));
	}

	@Override
	protected List<String> required() {
		return List.of("app_user_id", "event", "ts");
	}

	@Override
	protected void begin(UUID batchId) {
		this.phones = this.aliases.snapshot("PHONE");
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
		String customer = phone == null ? null : this.phones.get(phone);
		if (customer == null) {
			tally.unresolvedReferences++;
		}
		return new AppEvent(user, phone, event, ts, customer);
	}

	@Override
	protected long write(UUID batchId, List<AppEvent> rows, BatchTally tally) {
		this.jdbc.batchUpdate("""
				insert into app_event (app_user_id, event, ts, phone, customer_id, batch_id) values (?, ?, ?, ?, ?, ?)
				on conflict do nothing""", rows, 2000, (ps, e) -> {
			ps.setString(1, e.appUserId());
			ps.setString(2, e.event());
			ps.setObject(3, e.ts());
			ps.setString(4, e.phone());
			ps.setString(5, e.customerId());
			ps.setObject(6, batchId);
		});
		return 0;
	}

	/** Activity per customer and Beijing-time day of this batch, counted over everything stored for those days. */
	@Override
	protected long finish(UUID batchId, BatchTally tally) {
		Map<String, ActivityRecorded> days = new LinkedHashMap<>();
		Map<String, int[]> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				with touched as (select distinct customer_id, (ts at time zone 'Asia/Shanghai')::date as day
				                 from app_event where batch_id = ? and customer_id is not null)
				select e.customer_id, t.day, e.event, extract(hour from e.ts at time zone 'Asia/Shanghai')::int, count(*)
				from app_event e join touched t on t.customer_id = e.customer_id
				  and (e.ts at time zone 'Asia/Shanghai')::date = t.day
				group by 1, 2, 3, 4 order by 1, 2""", rs -> {
			String key = rs.getString(1) + '|' + rs.getDate(2);
			int[] c = counts.computeIfAbsent(key, k -> new int[28]);
			int n = rs.getInt(5);
			switch (rs.getString(3)) {
				case "LOGIN" -> c[24] += n;
				case "VIEW_BILL" -> c[25] += n;
				case "PAY" -> c[26] += n;
				default -> c[27] += n;
			}
			c[rs.getInt(4)] += n;
			if (!days.containsKey(key)) {
				days.put(key, new ActivityRecorded(rs.getString(1), rs.getDate(2).toLocalDate(), 0, 0, 0, 0, null));
			}
		}, batchId);
		List<ActivityRecorded> events = new ArrayList<>(days.size());
		days.forEach((key, d) -> {
			int[] c = counts.get(key);
			events.add(new ActivityRecorded(d.customerId(), d.day(), c[24], c[25], c[26], c[27],
					java.util.Arrays.copyOf(c, 24)));
		});
		this.outbox.appendAll(Events.ACTIVITY_RECORDED, events, ActivityRecorded::customerId);
		return events.size();
	}

}
