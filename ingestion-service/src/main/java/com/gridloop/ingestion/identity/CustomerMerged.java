package com.gridloop.ingestion.identity;

import java.util.List;

/**
 * Two golden customers are one: {@code mergedId} is retired into {@code survivorId},
 * which takes its identifiers ({@code type:value}). Published keyed by the survivor.
 */
public record CustomerMerged(long mergeId, String survivorId, String mergedId, List<String> aliases, String reason,
		String decidedBy) {
}
