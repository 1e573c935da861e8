package com.gridloop.ingestion.identity;

/**
 * The events of a source record linked to a customer, automatically or by a review:
 * {@code published} goes to the outbox, {@code inService} is the application event for
 * the feature that stores such records.
 */
public record Linking(IdentityLinked published, RecordLinked inService) implements IdentityReview.Acceptance {

	static Linking of(String customerId, IdentityService.Candidate c, String method, double probability) {
		return new Linking(new IdentityLinked(customerId, c.source(), c.recordId(), method, probability),
				new RecordLinked(c.source(), c.recordId(), customerId, method, probability));
	}

}
