package com.gridloop.reach.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's writes, each guarded by the state it expects so that a late or
 * repeated step changes nothing: the claim's decisions, the send's result and the
 * gateway's receipts.
 */
@Component
class DispatchRecords {

	/**
	 * A dispatch a receipt moved on, with when it was sent (null while still SENDING).
	 */
	record Moved(UUID id, String customerId, String channel, Instant sentAt) {
	}

	private final JdbcClient jdbc;

	DispatchRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void suppress(UUID id, String reason) {
		this.jdbc.sql("update dispatch set status = 'SUPPRESSED', detail = ?, claimed_at = null where id = ?")
			.params(reason, id)
			.update();
	}

	void defer(UUID id, String reason, Instant until) {
		this.jdbc.sql("""
				update dispatch set not_before = ?, deferred_reason = ?, deferrals = deferrals + 1
				where id = ? and status = 'QUEUED'""").params(Timestamp.from(until), reason, id).update();
	}

	/** Marks the claimed dispatch as being sent: one more attempt, claimed now. */
	void sending(UUID id, Instant now) {
		this.jdbc.sql("""
				update dispatch set status = 'SENDING', claimed_at = ?, attempts = attempts + 1
				where id = ? and status in ('QUEUED', 'SENDING')""").params(Timestamp.from(now), id).update();
	}

	/**
	 * Records a send the gateway took. True only the first time, so the dispatch's event
	 * is published once however often the message was resent. Receipts that came before
	 * the record (they keep a SENDING dispatch SENDING) decide the state it moves to.
	 */
	boolean sent(UUID id, String gatewayId, Instant at) {
		return this.jdbc.sql("""
				update dispatch set sent_at = ?, gateway_id = ?,
				       status = case when status <> 'SENDING' then status
				                     when failure_reason = 'undelivered' then 'FAILED'
				                     when responded_at is not null then 'RESPONDED'
				                     when clicked_at is not null then 'CLICKED'
				                     when read_at is not null then 'READ'
				                     when delivered_at is not null then 'DELIVERED'
				                     else 'SENT' end,
				       failure_reason = case when failure_reason = 'undelivered' then failure_reason end
				where id = ? and sent_at is null""").params(Timestamp.from(at), gatewayId, id).update() == 1;
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
