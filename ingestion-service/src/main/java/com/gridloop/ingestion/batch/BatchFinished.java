package com.gridloop.ingestion.batch;

import java.util.UUID;

/**
 * A batch completed: what it counted, for whoever measures batches (quality). Published
 * in the batch's thread.
 */
public record BatchFinished(UUID batchId, Source source, BatchTally tally) {
}
