package com.gridloop.profile.tags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A customer's latest tags, segment and the reason for it. The tag snapshot topic is
 * compacted, so it always holds each customer's latest snapshot.
 *
 * @param tags tag code to value (number or text)
 * @param segment the customer's segment in the latest successful segmentation run; null
 * before a run placed it
 * @param segmentReason why the customer is in it, in business words; null with the
 * segment
 * @param windowFrom first day of usage the consumption tags cover
 * @param windowTo last day of usage the consumption tags cover
 */
public record TagSnapshotPublished(String customerId, Instant computedAt, Map<String, Object> tags, String segment,
		String segmentReason, LocalDate windowFrom, LocalDate windowTo) {
}
