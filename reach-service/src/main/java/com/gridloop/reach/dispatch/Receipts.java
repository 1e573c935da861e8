package com.gridloop.reach.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.gridloop.reach.channel.Channel;
import com.gridloop.reach.consent.Consents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the gateways' receipts to dispatches: delivered, read, clicked, replied or
 * undelivered. An SMS answered "TD" opts the customer out of SMS in the same transaction.
 */
@Service
class Receipts {

	/** The SMS reply that unsubscribes. */
	static final String UNSUBSCRIBE = "TD";

	private final DispatchRecords records;

	private final Consents consents;

	private final MeterRegistry meters;

	Receipts(DispatchRecords records, Consents consents, MeterRegistry meters) {
		this.records = records;
		this.consents = consents;
		this.meters = meters;
	}

	/** Whether the receipt named a dispatch reach knows (applied or already known). */
	@Transactional
	boolean apply(ReceiptRequest receipt) {
		Instant at = receipt.occurredAt() == null ? Instant.now() : receipt.occurredAt();
		Optional<DispatchRecords.Moved> moved = this.records.receipt(receipt.dispatchId(), receipt.event(), at,
				receipt.reply());
		moved.ifPresent(m -> {
			this.meters.counter("gridloop.reach.messages", "channel", m.channel(), "state", receipt.event().status())
				.increment();
			if (receipt.event() == ReceiptRequest.Event.DELIVERED && m.sentAt() != null) {
				Timer.builder("gridloop.reach.delivery.latency")
					.tag("channel", m.channel())
					.register(this.meters)
					.record(Duration.between(m.sentAt(), at).abs());
			}
			if (receipt.event() == ReceiptRequest.Event.REPLIED && Channel.SMS.name().equals(m.channel())
					&& receipt.reply() != null && UNSUBSCRIBE.equalsIgnoreCase(receipt.reply().strip())) {
				this.consents.optOut(m.customerId(), Channel.SMS, Consents.Source.SMS_REPLY, "gateway");
			}
		});
		return moved.isPresent() || this.records.exists(receipt.dispatchId());
	}

}
