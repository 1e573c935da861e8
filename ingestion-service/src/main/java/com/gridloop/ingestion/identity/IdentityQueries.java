package com.gridloop.ingestion.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.gridloop.common.privacy.PersonalData;
import com.gridloop.common.privacy.PersonalData.Kind;
import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the identity review queue and of customer merges. */
@Component
record IdentityQueries(JdbcClient jdbc) {

	/**
	 * A review in the queue; {@code record} and {@code explanation} are JSON objects, as
	 * stored, the record's personal data masked for those who may not read it.
	 */
	record ReviewView(long id, String recordId, String source, @PersonalData(Kind.JSON_OBJECT) String record,
			String candidateCustomerId, double probability, @JsonRawValue String explanation, String status,
			String decidedBy, Instant decidedAt, Instant createdAt) {
	}

	/** A merge with its undoing, if it was undone. */
	record MergeView(long id, String survivorId, String mergedId, List<String> aliases, String reason, String decidedBy,
			Instant mergedAt, String undoneBy, Instant undoneAt, String undoReason) {
	}

	private static final String MERGE_COLUMNS = """
			select id, survivor_id, merged_id, aliases, reason, decided_by, merged_at, undone_by, undone_at, undo_reason
			from customer_merge""";

	/** Reviews of a status (and source), the likeliest first. */
	List<ReviewView> reviews(String status, String source, int page, int size) {
		return this.jdbc.sql("""
				select id, record_id, source, record::text, candidate_customer_id, probability, explanation::text,
				       status, decided_by, decided_at, created_at
				from identity_review where status = ? and (cast(? as text) is null or source = ?)
				order by probability desc, id limit ? offset ?""")
			.params(status, source, source, size, (long) page * size)
			.query((rs, i) -> new ReviewView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9),
					instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))))
			.list();
	}

	MergeView merge(long id) {
		return this.jdbc.sql(MERGE_COLUMNS + " where id = ?")
			.param(id)
			.query(IdentityQueries::mergeView)
			.optional()
			.orElseThrow(() -> Problems.notFound("Merge", id));
	}

	/** The merges a customer took part in, newest first. */
	List<MergeView> merges(String customerId) {
		return this.jdbc.sql(MERGE_COLUMNS + " where survivor_id = ? or merged_id = ? order by id desc")
			.params(customerId, customerId)
			.query(IdentityQueries::mergeView)
			.list();
	}

	private static MergeView mergeView(ResultSet rs, int row) throws SQLException {
		return new MergeView(rs.getLong(1), rs.getString(2), rs.getString(3),
				Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5), rs.getString(6),
				instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
