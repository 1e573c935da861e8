package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A gateway's callback about a message: {@code dispatchId} is the idempotency key reach
 * sent it with.
 *
 * @param reply the customer's answer, for REPLIED ("TD" unsubscribes from SMS)
 * @param occurredAt when it happened at the gateway; now when left out
 */
record ReceiptRequest(@NotNull UUID dispatchId, @NotNull Event event, String reply, Instant occurredAt) {

	/** What the gateway reports. */
	enum Event {

		DELIVERED("DELIVERED"), UNDELIVERED("FAILED"), READ("READ"), CLICKED("CLICKED"), REPLIED("RESPONDED");

		private final String status;

		Event(String status) {
			this.status = status;
		}

		/** The dispatch status the event leads to. */
		String status() {
			return this.status;
		}

	}

}
