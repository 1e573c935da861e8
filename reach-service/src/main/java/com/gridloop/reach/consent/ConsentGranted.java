package com.gridloop.reach.consent;

import java.time.Instant;

/** A customer who had opted out of a channel agreed to be contacted through it again. */
public record ConsentGranted(String customerId, String channel, Instant grantedAt) {
}
