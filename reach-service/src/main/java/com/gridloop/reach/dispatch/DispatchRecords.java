package com.gridloop.reach.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's writes, each guarded by the state it expects so that a late or
 * repeated step changes nothing: the claim's decisions, the send's result and the
 * gateway's receipts. Each finds its rows by primary key ({@code d.id = any(ids)}), never
 * by a join on the ids alone: just after a campaign's dispatches arrive, the statistics
 * still say no dispatch is QUEUED or unsent, and such a join was planned as a scan of the
 * whole table for every page (ADR 28).
 */
@Component
record DispatchRecords(JdbcClient jdbc) {

	/**
	 * A dispatch a receipt moved on, with when it was sent (null while still SENDING).
	 */
	record Moved(UUID id, String customerId, String channel, Instant sentAt) {
	}

	/** The decisions of one claim, written together by {@link #apply}. */
	static final class Decisions {

		private final List<UUID> suppressed = new ArrayList<>();

		private final List<String> suppressedReasons = new ArrayList<>();

		private final List<UUID> deferred = new ArrayList<>();

		private final List<String> deferredReasons = new ArrayList<>();

		private final List<Instant> deferredUntil = new ArrayList<>();

		private final List<UUID> sending = new ArrayList<>();

		void suppress(UUID id, String reason) {
			this.suppressed.add(id);
			this.suppressedReasons.add(reason);
		}

		void defer(UUID id, String reason, Instant until) {
			this.deferred.add(id);
			this.deferredReasons.add(reason);
			this.deferredUntil.add(until);
		}

		void sending(UUID id) {
			this.sending.add(id);
		}

	}

	/**
	 * Writes one claim's decisions with a statement each: suppressed (reason), deferred
	 * (reason, until) and being sent (one more attempt, claimed now).
	 */
	void apply(Decisions d, Instant now) {
		if (!d.suppressed.isEmpty()) {
			this.jdbc.sql("""
					update dispatch d set status = 'SUPPRESSED', detail = r.reason, claimed_at = null
					from unnest(cast(:ids as uuid[]), cast(:reasons as text[])) as r(id, reason)
					where d.id = any(cast(:ids as uuid[])) and d.id = r.id""")
				.param("ids", new SqlArrayValue("uuid", d.suppressed.toArray()))
				.param("reasons", new SqlArrayValue("text", d.suppressedReasons.toArray()))
				.update();
		}
		if (!d.deferred.isEmpty()) {
			this.jdbc.sql("""
					update dispatch d set not_before = cast(r.until as timestamptz), deferred_reason = r.reason,
					       deferrals = d.deferrals + 1
					from unnest(cast(:ids as uuid[]), cast(:reasons as text[]), cast(:until as text[]))
					     as r(id, reason, until)
					where d.id = any(cast(:ids as uuid[])) and d.id = r.id and d.status = 'QUEUED'""")
				.param("ids", new SqlArrayValue("uuid", d.deferred.toArray()))
				.param("reasons", new SqlArrayValue("text", d.deferredReasons.toArray()))
				.param("until", new SqlArrayValue("text", d.deferredUntil.stream().map(Instant::toString).toArray()))
				.update();
		}
		if (!d.sending.isEmpty()) {
			this.jdbc.sql("""
					update dispatch set status = 'SENDING', claimed_at = ?, attempts = attempts + 1
					where id = any(?) and status in ('QUEUED', 'SENDING')""")
				.params(Timestamp.from(now), new SqlArrayValue("uuid", d.sending.toArray()))
				.update();
		}
	}

	/**
	 * Records sends the gateway took, given as dispatch id to the gateway's message id.
	 * Returns the dispatches recorded now: each only the first time, so a dispatch's
	 * event is published once however often the message was resent. Receipts that came
	 * before the record (they keep a SENDING dispatch SENDING) decide the state it moves
	 * to.
	 */
	Set<UUID> sent(Map<UUID, String> gatewayIds, Instant at) {
		if (gatewayIds.isEmpty()) {
			return Set.of();
		}
		List<UUID> ids = List.copyOf(gatewayIds.keySet());
		return new HashSet<>(this.jdbc.sql("""
				update dispatch d set sent_at = ?,
				       gateway_id = (cast(? as text[]))[array_position(cast(? as uuid[]), d.id)],
				       status = case when d.status <> 'SENDING' then d.status
				                     when d.failure_reason = 'undelivered' then 'FAILED'
				                     when d.responded_at is not null then 'RESPONDED'
				                     when d.clicked_at is not null then 'CLICKED'
				                     when d.read_at is not null then 'READ'
				                     when d.delivered_at is not null then 'DELIVERED'
				                     else 'SENT' end,
				       failure_reason = case when d.failure_reason = 'undelivered' then d.failure_reason end
				where d.id = any(cast(? as uuid[])) and d.sent_at is null
				returning d.id""")
			.params(Timestamp.from(at), new SqlArrayValue("text", ids.stream().map(gatewayIds::get).toArray()),
					new SqlArrayValue("uuid", ids.toArray()), new SqlArrayValue("uuid", ids.toArray()))
			.query(UUID.class)
			.list());
	}

	/** A send that may work later: queued again, not before {@code retryAt}. */
	void retry(UUID id, String reason, Instant retryAt) {
		this.jdbc.sql("""
				update dispatch set status = 'QUEUED', failure_reason = ?, not_before = ?
				where id = ? and status = 'SENDING'""").params(reason, Timestamp.from(retryAt), id).update();
	}

	void fail(UUID id, String reason) {
		this.jdbc.sql("update dispatch set status = 'FAILED', failure_reason = ? where id = ? and status = 'SENDING'")
			.params(reason, id)
			.update();
	}

	/**
	 * Applies a receipt: sets the event's time once and moves the status forward only, so
	 * receipts that arrive twice or out of order leave the latest state. Empty when no
	 * dispatch has the id.
	 */
	Optional<Moved> receipt(UUID id, ReceiptRequest.Event event, Instant at, String reply) {
		String column = switch (event) {
			case DELIVERED -> "delivered_at";
			case READ -> "read_at";
			case CLICKED -> "clicked_at";
			case REPLIED -> "responded_at";
			case UNDELIVERED -> "delivered_at";
		};
		if (event == ReceiptRequest.Event.UNDELIVERED) {
			return this.jdbc.sql("""
					update dispatch set failure_reason = 'undelivered',
					       status = case when status = 'SENDING' then status else 'FAILED' end
					where id = ? and status in ('SENDING', 'SENT')
					returning id, customer_id, channel, sent_at""").param(id).query(DispatchRecords::moved).optional();
		}
		List<String> order = List.of("QUEUED", "SENDING", "SENT", "DELIVERED", "READ", "CLICKED", "RESPONDED");
		String status = event.status();
		return this.jdbc.sql("""
				update dispatch set %1$s = coalesce(%1$s, :at), reply = coalesce(:reply, reply),
				       status = case when status in ('QUEUED', 'SENDING') then status
				                     when array_position(cast(:order as text[]), status)
				                          < array_position(cast(:order as text[]), :status)
				                     then :status else status end
				where id = :id and status not in ('FAILED', 'SUPPRESSED')
				returning id, customer_id, channel, sent_at""".formatted(column))
			.param("at", Timestamp.from(at))
			.param("reply", reply)
			.param("order", "{" + String.join(",", order) + "}")
			.param("status", status)
			.param("id", id)
			.query(DispatchRecords::moved)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from dispatch where id = ?").param(id).query(Long.class).single() > 0;
	}

	private static Moved moved(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp sent = rs.getTimestamp(4);
		return new Moved(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				sent == null ? null : sent.toInstant());
	}

}
