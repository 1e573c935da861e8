package com.gridloop.ingestion.quality;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.gridloop.ingestion.batch.Source;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the stored quality measures. */
@Component
record QualityQueries(JdbcClient jdbc, JsonMapper json) {

	/**
	 * One stored measure of a batch with its verdict and the line numbers of failing
	 * records.
	 */
	record StoredMeasure(String dimension, double value, String status, double warn, double fail, long numerator,
			long denominator, JsonNode failingLines) {
	}

	/** One measure in a source's history. */
	record HistoryPoint(UUID batchId, String fileName, OffsetDateTime measuredAt, String dimension, double value,
			String status) {
	}

	List<StoredMeasure> ofBatch(UUID batchId) {
		return this.jdbc.sql("""
				select dimension, value, status, warn, fail, numerator, denominator, failing_lines::text
				from quality_measure where batch_id = ? order by dimension""")
			.param(batchId)
			.query((rs, i) -> new StoredMeasure(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getDouble(4),
					rs.getDouble(5), rs.getLong(6), rs.getLong(7), this.json.readTree(rs.getString(8))))
			.list();
	}

	/** The history of a source, newest first. */
	List<HistoryPoint> history(Source source, int limit) {
		return this.jdbc.sql("""
				select q.batch_id, b.file_name, q.measured_at, q.dimension, q.value, q.status
				from quality_measure q join ingest_batch b on b.id = q.batch_id
				where q.source = ? order by q.measured_at desc, q.dimension limit ?""")
			.params(source.name(), limit)
			.query((rs, i) -> new HistoryPoint(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getDouble(5), rs.getString(6)))
			.list();
	}

}
