package com.gridloop.reach.outcome;

import java.time.Instant;

/**
 * Something a targeted customer did: reached, interested, converted or refused.
 *
 * @param recordedBy the user (or business system) who recorded it
 */
public record OutcomeRecorded(String outcomeId, String campaignId, String customerId, String outcome, String source,
		Instant occurredAt, String recordedBy) {
}
