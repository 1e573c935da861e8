package com.gridloop.reach.dispatch;

import java.time.Instant;

/** A treatment target was contacted through a channel. */
public record MessageDispatched(String dispatchId, String campaignId, String customerId, String channel,
		Instant sentAt) {
}
