package com.gridloop.ingestion.identity;

/**
 * Published inside the service (a Spring application event, in the unlinking transaction)
 * when a source record's link to a customer is removed, so the feature that stores such
 * records can let go of the customer.
 */
public record RecordUnlinked(String source, String recordId, String customerId) {
}
