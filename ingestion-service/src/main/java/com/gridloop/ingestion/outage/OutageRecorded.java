package com.gridloop.ingestion.outage;

import java.time.OffsetDateTime;

/** An outage of a transformer area; customers of the area feel it. */
public record OutageRecorded(String transformerArea, OffsetDateTime start, OffsetDateTime end, boolean planned,
		long minutes) {
}
