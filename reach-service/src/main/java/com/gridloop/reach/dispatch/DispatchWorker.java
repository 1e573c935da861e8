package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.reach.channel.ChannelAdapter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued dispatches. Each pass claims a batch with {@code skip locked}, checks consent, sends through the
 * channel's adapter, and records the result and its event in one transaction. Adapters are idempotent per dispatch
 * id, so a pass that rolls back after sending resends nothing twice.
 */
@Component
class DispatchWorker {

	private static final int BATCH = 1000;

	private record Queued(UUID id, UUID campaignId, String customerId, String channel, String benefitText,
			boolean optedOut) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Outbox outbox;

	private final List<ChannelAdapter> adapters;

	private final MeterRegistry meters;

	DispatchWorker(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox, List<ChannelAdapter> adapters,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.outbox = outbox;
		this.adapters = adapters;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${gridloop.reach.dispatch-interval:500ms}")
	void drain() {
		while (sendOnce() == BATCH) {
			// keep going while the queue is full
		}
	}

	int sendOnce() {
		Integer n = this.tx.execute(s -> {
			List<Queued> queued = this.jdbc.query("""
					select d.id, d.campaign_id, d.customer_id, d.channel, t.benefit_text,
					       exists (select 1 from consent c where c.customer_id = d.customer_id
					               and c.channel = d.channel and not c.granted)
					from dispatch d join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
					where d.status = 'QUEUED' and t.arm = 'TREATMENT'
					order by d.created_at limit ? for update of d skip locked""",
					(rs, i) -> new Queued(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getBoolean(6)),
					BATCH);
			List<MessageDispatched> sent = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			Instant now = Instant.now();
			for (Queued q : queued) {
				if (q.optedOut()) {
					updates.add(new Object[] { "SUPPRESSED", "customer opted out of " + q.channel(), null, q.id() });
					continue;
				}
				adapter(q.channel()).send(new ChannelAdapter.Message(q.id(), q.customerId(), q.channel(),
						"【国网湖北电力】" + q.benefitText()));
				updates.add(new Object[] { "SENT", null, java.sql.Timestamp.from(now), q.id() });
				sent.add(new MessageDispatched(q.id().toString(), q.campaignId().toString(), q.customerId(),
						q.channel(), now));
			}
			this.jdbc.batchUpdate("update dispatch set status = ?, detail = ?, sent_at = ? where id = ?", updates);
			this.outbox.appendAll(Events.MESSAGE_DISPATCHED, sent, MessageDispatched::customerId);
			this.meters.counter("gridloop.reach.dispatched").increment(sent.size());
			return queued.size();
		});
		return n == null ? 0 : n;
	}

	private ChannelAdapter adapter(String channel) {
		return this.adapters.stream()
			.filter(a -> a.serves(channel))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No adapter serves channel " + channel));
	}

}
