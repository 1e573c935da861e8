package com.gridloop.ingestion.quality;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.gridloop.ingestion.batch.Source;
import com.gridloop.common.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data quality per batch, and its history per source. */
@RestController
record QualityController(QualityQueries queries) {

	@GetMapping("/api/v1/batches/{id}/quality")
	List<QualityQueries.StoredMeasure> batch(@PathVariable UUID id) {
		List<QualityQueries.StoredMeasure> measures = this.queries.ofBatch(id);
		if (measures.isEmpty()) {
			throw Problems.notFound("Quality of batch (unknown, unfinished or a duplicate)", id);
		}
		return measures;
	}

	@GetMapping("/api/v1/quality")
	List<QualityQueries.HistoryPoint> history(@RequestParam String source,
			@RequestParam(defaultValue = "100") @Min(1) @Max(5000) int limit) {
		Source s;
		try {
			s = Source.valueOf(source.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.badRequest("unknown-source", "Unknown source " + source);
		}
		return this.queries.history(s, limit);
	}

}
