package com.gridloop.reach.consent;

import java.time.Instant;

/** A customer opted out of a channel: no later dispatch goes through it. */
public record ConsentWithdrawn(String customerId, String channel, Instant withdrawnAt) {
}
