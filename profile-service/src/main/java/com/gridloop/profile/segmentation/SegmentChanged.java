package com.gridloop.profile.segmentation;

/** A segmentation run moved a customer into another segment (or placed it for the first time). */
public record SegmentChanged(String customerId, String runId, String previousSegment, String segment, String reason) {
}
