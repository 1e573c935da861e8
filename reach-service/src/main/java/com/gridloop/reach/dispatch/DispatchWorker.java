package com.gridloop.reach.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.task.TaskExecutors;
import com.gridloop.reach.channel.ChannelAdapter;
import com.gridloop.reach.channel.ChannelFailure;
import com.gridloop.reach.channel.Channels;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due dispatches in three steps so that no transaction is open while a gateway
 * answers: claim (QUEUED → SENDING, policy applied, in one transaction), send (over HTTP,
 * in parallel, no transaction), record (SENT, or requeued with backoff, or FAILED, with
 * the MessageDispatched events, in one transaction). A crash after the send leaves the
 * dispatch SENDING; once its claim is stale it is sent again with the same idempotency
 * key, which the gateway answers without a second message. Once the context closes, no
 * pass starts a new page; the pages in flight are sent and recorded.
 */
@Component
class DispatchWorker {

	/** What became of one send: the gateway's id, or the failure. */
	record Result(DispatchClaimer.Outgoing message, String gatewayId, ChannelFailure failure) {
	}

	private final DispatchClaimer claimer;

	private final DispatchRecords records;

	private final Channels channels;

	private final TransactionTemplate tx;

	private final Outbox outbox;

	private final MeterRegistry meters;

	private final int batch;

	private final int maxAttempts;

	private final Duration retryBackoff;

	private final AsyncTaskExecutor senders;

	/** Pages in flight at once: one is claimed while others are sent or recorded. */
	private final int pages;

	private final AsyncTaskExecutor passes;

	private volatile boolean closing;

	/**
	 * Claims one at a time, so that each claim's frequency caps see the contacts of every
	 * claim before it.
	 */
	private final ReentrantLock claiming = new ReentrantLock();

	DispatchWorker(DispatchClaimer claimer, DispatchRecords records, Channels channels, TransactionTemplate tx,
			Outbox outbox, MeterRegistry meters, @Value("${gridloop.reach.dispatch.batch:500}") int batch,
			@Value("${gridloop.reach.dispatch.max-attempts:5}") int maxAttempts,
			@Value("${gridloop.reach.dispatch.retry-backoff:30s}") Duration retryBackoff,
			@Value("${gridloop.reach.dispatch.pages:2}") int pages,
			@Qualifier("dispatchSenders") AsyncTaskExecutor senders,
			@Qualifier("dispatchPasses") AsyncTaskExecutor passes) {
		this.claimer = claimer;
		this.records = records;
		this.channels = channels;
		this.tx = tx;
		this.outbox = outbox;
		this.meters = meters;
		this.batch = batch;
		this.maxAttempts = maxAttempts;
		this.retryBackoff = retryBackoff;
		this.senders = senders;
		this.pages = Math.max(1, pages);
		this.passes = passes;
	}

	/** The threads sending the messages of the pages in flight, shared by the passes. */
	@Bean
	static ThreadPoolTaskExecutor dispatchSenders(@Value("${gridloop.reach.dispatch.senders:16}") int senders) {
		return TaskExecutors.helpers("dispatch-sender", senders);
	}

	/** One thread per pass, claiming, sending and recording page after page. */
	@Bean
	static ThreadPoolTaskExecutor dispatchPasses(@Value("${gridloop.reach.dispatch.pages:2}") int pages) {
		return TaskExecutors.work("dispatch-pass", Math.max(1, pages));
	}

	@EventListener(ContextClosedEvent.class)
	void closing() {
		this.closing = true;
	}

	/**
	 * Drains the queue with {@code pages} passes side by side, each going on while its
	 * pages come back full: the database work of one page overlaps the sends of another.
	 */
	@Scheduled(fixedDelayString = "${gridloop.reach.dispatch-interval:500ms}")
	void drain() {
		List<Future<?>> loops = new ArrayList<>();
		try {
			for (int i = 0; i < this.pages; i++) {
				loops.add(this.passes.submit(() -> {
					while (sendOnce() == this.batch && !this.closing) {
						// keep going while the queue is full
					}
				}));
			}
		}
		catch (TaskRejectedException ex) {
			// The context is closing: the passes already started end their page.
		}
		for (Future<?> loop : loops) {
			try {
				loop.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A dispatch pass failed", ex.getCause());
			}
		}
	}

	/** One pass: claim, send, record. Returns how many dispatches were claimed. */
	int sendOnce() {
		DispatchClaimer.Claim claim;
		this.claiming.lock();
		try {
			claim = this.claimer.claim(this.batch, Instant.now());
		}
		finally {
			this.claiming.unlock();
		}
		if (!claim.outgoing().isEmpty()) {
			record(send(claim.outgoing()));
		}
		return claim.claimed();
	}

	/** Sends every message in parallel, outside any transaction. */
	List<Result> send(List<DispatchClaimer.Outgoing> outgoing) {
		List<CompletableFuture<Result>> futures = new ArrayList<>();
		for (DispatchClaimer.Outgoing m : outgoing) {
			futures.add(CompletableFuture.supplyAsync(() -> sendOne(m), this.senders));
		}
		return futures.stream().map(CompletableFuture::join).toList();
	}

	private Result sendOne(DispatchClaimer.Outgoing m) {
		ChannelAdapter adapter = this.channels.adapterFor(m.channel());
		try {
			String id = adapter.send(new ChannelAdapter.Message(m.id(), m.customerId(), m.channel(), m.body()));
			return new Result(m, id, null);
		}
		catch (ChannelFailure failure) {
			return new Result(m, null, failure);
		}
		catch (RuntimeException ex) {
			return new Result(m, null, new ChannelFailure(String.valueOf(ex.getMessage()), true, ex));
		}
	}

	/** Records the results and the events of the messages sent, in one transaction. */
	void record(List<Result> results) {
		Instant now = Instant.now();
		this.tx.executeWithoutResult(s -> {
			Map<UUID, String> taken = new HashMap<>();
			results.stream().filter(r -> r.failure() == null).forEach(r -> taken.put(r.message().id(), r.gatewayId()));
			Set<UUID> recorded = this.records.sent(taken, now);
			List<MessageDispatched> sent = new ArrayList<>();
			for (Result r : results) {
				UUID id = r.message().id();
				String channel = r.message().channel();
				if (r.failure() == null) {
					if (recorded.contains(id)) {
						sent.add(new MessageDispatched(id.toString(), r.message().campaignId().toString(),
								r.message().customerId(), channel, now));
						count(channel, "SENT");
					}
				}
				else if (r.failure().retryable() && r.message().attempt() < this.maxAttempts) {
					this.records.retry(id, r.failure().getMessage(),
							now.plus(this.retryBackoff.multipliedBy(1L << Math.min(r.message().attempt() - 1, 10))));
					count(channel, "RETRY");
				}
				else {
					this.records.fail(id, r.failure().getMessage());
					count(channel, "FAILED");
				}
			}
			this.outbox.appendAll(Events.MESSAGE_DISPATCHED, sent, MessageDispatched::customerId);
		});
	}

	private void count(String channel, String state) {
		this.meters.counter("gridloop.reach.messages", "channel", channel, "state", state).increment();
	}

}
