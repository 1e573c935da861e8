package com.gridloop.ingestion.records;

import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.IngestionProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What every {@link RecordIngestor} needs, handed over as one. */
@Component
public record RecordSupport(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, IngestionProperties properties,
		Outbox outbox) {
}
