package com.gridloop.ingestion.identity;

/**
 * A source record (a 95598 caller, an app user) was linked to a golden customer by
 * probabilistic matching, automatically above the link threshold or by a person's review.
 *
 * <p>
 * It carries no personal data: no service reads the record's phone from it (until issue
 * 13 it carried one), and a consumer keeps what it needs from CustomerLinked.
 *
 * @param method AUTO (probability above the link threshold) or REVIEW
 */
public record IdentityLinked(String customerId, String source, String recordId, String method, double probability) {
}
