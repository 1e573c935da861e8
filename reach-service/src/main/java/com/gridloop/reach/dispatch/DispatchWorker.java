package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.reach.channel.ChannelAdapter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued dispatches. Each pass claims a page with {@code skip locked}, checks
 * consent, sends each dispatch through its channel's adapter, and saves the dispatches
 * and their events in one transaction. Adapters are idempotent per dispatch id, so a pass
 * that rolls back after sending resends nothing twice.
 */
@Component
class DispatchWorker {

	private static final int BATCH = 1000;

	private final DispatchRepository dispatches;

	private final DispatchQueries queries;

	private final TransactionTemplate tx;

	private final Outbox outbox;

	private final List<ChannelAdapter> adapters;

	private final MeterRegistry meters;

	DispatchWorker(DispatchRepository dispatches, DispatchQueries queries, TransactionTemplate tx, Outbox outbox,
			List<ChannelAdapter> adapters, MeterRegistry meters) {
		this.dispatches = dispatches;
		this.queries = queries;
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
			List<Dispatch> queued = this.dispatches.claimQueued(BATCH);
			if (queued.isEmpty()) {
				return 0;
			}
			Map<UUID, DispatchQueries.Contact> contacts = this.queries
				.contactsOf(queued.stream().map(Dispatch::id).toList());
			List<MessageDispatched> sent = new ArrayList<>();
			Instant now = Instant.now();
			for (Dispatch d : queued) {
				DispatchQueries.Contact contact = contacts.get(d.id());
				if (contact.optedOut()) {
					d.suppress("customer opted out of " + d.channel());
					continue;
				}
				sent.add(d.send(adapter(d.channel()), "【国网湖北电力】" + contact.benefitText(), now));
			}
			// The page's updates go out in JDBC batches (hibernate.jdbc.batch_size), each
			// checking the row's version.
			this.dispatches.saveAllAndFlush(queued);
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
