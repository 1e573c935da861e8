package com.gridloop.ingestion.batch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads across what ingestion holds. */
@Component
record BatchQueries(JdbcClient jdbc) {

	/**
	 * How much ingestion holds: customers, meter-days, daily facts, batches and
	 * quarantined rows.
	 */
	record IngestionStats(long customers, long meterDays, long dailyFacts, long batches, long quarantinedRows) {
	}

	IngestionStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from customer), (select count(*) from interval_day),
				       (select count(*) from daily_usage), (select count(*) from ingest_batch),
				       (select count(*) from quarantine_row)""")
			.query((rs, i) -> new IngestionStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

}
