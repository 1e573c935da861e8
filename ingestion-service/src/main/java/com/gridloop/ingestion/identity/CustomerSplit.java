package com.gridloop.ingestion.identity;

import java.util.List;

/**
 * Identifiers taken away from a customer they were wrongly given to: a merge undone
 * ({@code restoredId} is the customer they go back to, with the status it had before,
 * {@code restoredStatus}) or a single link removed ({@code restoredId} null: the record
 * belongs to nobody known). Published keyed by {@code customerId}.
 */
public record CustomerSplit(String customerId, String restoredId, String restoredStatus, List<String> aliases,
		Long mergeId, String reason, String decidedBy) {
}
