package com.gridloop.ingestion.identity;

/**
 * Published inside the service (a Spring application event, in the linking transaction)
 * when a source record is linked to a customer, so the feature that stores such records
 * can point them at it.
 *
 * @param method {@code AUTO} for a link above the threshold, {@code REVIEW} for one a
 * person accepted
 */
public record RecordLinked(String source, String recordId, String customerId, String method, double probability) {

	/**
	 * How a source record says it was linked: REVIEWED when a person accepted it, else
	 * PROBABILISTIC.
	 */
	public LinkMethod linkMethod() {
		return LinkMethod.ofMatch(this.method);
	}

}
