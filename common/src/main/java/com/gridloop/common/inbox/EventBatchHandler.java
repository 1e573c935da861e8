package com.gridloop.common.inbox;

import java.util.List;

import com.gridloop.common.event.EventEnvelope;

/**
 * Applies events to a service's state. Runs inside the transaction that records them as
 * handled.
 */
@FunctionalInterface
public interface EventBatchHandler {

	void handle(List<EventEnvelope> events);

}
