package com.gridloop.ingestion.quarantine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quarantined rows of a batch, paged, with a count per reason. */
@RestController
@Validated
class QuarantineController {

	record QuarantinedRow(long lineNo, String rawLine, String reasonCode, String message, String replayedIn) {
	}

	record QuarantinePage(UUID batchId, Map<String, Long> reasons, int page, int size, List<QuarantinedRow> rows) {
	}

	private final JdbcTemplate jdbc;

	QuarantineController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/batches/{id}/quarantine")
	QuarantinePage list(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		Map<String, Long> reasons = new java.util.TreeMap<>();
		this.jdbc.query("select reason_code, count(*) from quarantine_row where batch_id = ? group by reason_code",
				rs -> {
					reasons.put(rs.getString(1), rs.getLong(2));
				}, id);
		List<QuarantinedRow> rows = this.jdbc.query("""
				select line_no, raw_line, reason_code, message, replayed_in from quarantine_row
				where batch_id = ? order by line_no limit ? offset ?""",
				(rs, i) -> new QuarantinedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)), id,
				size, (long) page * size);
		return new QuarantinePage(id, reasons, page, size, rows);
	}

}
