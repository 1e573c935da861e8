package com.gridloop.ingestion.quarantine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.gridloop.common.privacy.PersonalData;
import com.gridloop.common.privacy.PersonalData.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of a batch's quarantined rows. */
@Component
record QuarantineQueries(JdbcClient jdbc) {

	/**
	 * One quarantined row: where it was, what it said, why it was refused and whether it
	 * was replayed.
	 */
	record QuarantinedRow(long lineNo, @PersonalData(Kind.FREE_TEXT) String rawLine, String reasonCode, String message,
			String replayedIn) {
	}

	/** Quarantined rows per reason code. */
	Map<String, Long> reasons(UUID batchId) {
		Map<String, Long> reasons = new TreeMap<>();
		this.jdbc.sql("select reason_code, count(*) from quarantine_row where batch_id = ? group by reason_code")
			.param(batchId)
			.query(rs -> {
				reasons.put(rs.getString(1), rs.getLong(2));
			});
		return reasons;
	}

	List<QuarantinedRow> rows(UUID batchId, int page, int size) {
		return this.jdbc.sql("""
				select line_no, raw_line, reason_code, message, replayed_in from quarantine_row
				where batch_id = ? order by line_no, id limit ? offset ?""")
			.params(batchId, size, (long) page * size)
			.query((rs, i) -> new QuarantinedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

}
