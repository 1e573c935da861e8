package com.gridloop.ingestion.quarantine;

import com.gridloop.common.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quarantined rows of a batch, paged, with a count per reason. */
@RestController
record QuarantineController(QuarantineQueries queries, AuditLog audit) {

	/** A page of quarantined rows and the batch's count per reason. */
	record QuarantinePage(UUID batchId, Map<String, Long> reasons, int page, int size,
			List<QuarantineQueries.QuarantinedRow> rows) {
	}

	@GetMapping("/api/v1/batches/{id}/quarantine")
	QuarantinePage list(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		List<QuarantineQueries.QuarantinedRow> rows = this.queries.rows(id, page, size);
		// Raw lines name no golden customer: the audit names them by batch and line.
		this.audit.record(AuditLog.Action.PERSONAL_DATA_READ, rows.stream().map(r -> id + "#" + r.lineNo()).toList(),
				"GET /api/v1/batches/{id}/quarantine");
		return new QuarantinePage(id, this.queries.reasons(id), page, size, rows);
	}

}
