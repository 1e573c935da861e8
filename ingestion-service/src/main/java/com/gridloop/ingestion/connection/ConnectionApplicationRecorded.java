package com.gridloop.ingestion.connection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A connection or capacity-expansion application as it stands now: what strategy needs to
 * find acquisition leads and nothing personal. The applicant's name, phone and address
 * stay in ingestion; a later call list for account managers would read them here rather
 * than carry them on the topic.
 *
 * @param customerId the customer the application was resolved to, null for a prospect
 * @param linkMethod how it was resolved (ACCOUNT, PHONE, MATCHED_BEFORE, PROBABILISTIC,
 * REVIEWED) or NONE
 * @param kind NEW (报装) or EXPANSION (增容)
 * @param status SUBMITTED, APPROVED, CONNECTED or WITHDRAWN
 * @param industryCode GB/T 4754 code as ingestion standardised it (such as
 * {@code C3311}), or the source's text when unknown
 */
public record ConnectionApplicationRecorded(String applicationNo, String customerId, String linkMethod, String kind,
		String status, String regionCode, String industryCode, BigDecimal requestedKva, LocalDate appliedOn) {

	ConnectionApplicationRecorded linked(String customer, String method) {
		return new ConnectionApplicationRecorded(this.applicationNo, customer, method, this.kind, this.status,
				this.regionCode, this.industryCode, this.requestedKva, this.appliedOn);
	}

}
