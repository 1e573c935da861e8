package com.gridloop.ingestion.customer;

import java.util.List;
import java.util.UUID;

import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.standard.CodeStandards;
import com.gridloop.ingestion.usage.TariffCalendars;

import org.springframework.stereotype.Component;

/**
 * Reads a customer archive extract: valid rows are linked to golden ids and published,
 * the rest quarantined.
 */
@Component
class CustomerIngestor extends RecordIngestor<CustomerRecord> {

	private final CustomerStore store;

	private final CustomerRowParser parser;

	CustomerIngestor(RecordSupport support, CustomerStore store, TariffCalendars tariffs, CodeStandards standards) {
		super(support, Source.CUSTOMERS, CustomerRowParser.COLUMNS, CustomerRowParser.REQUIRED);
		this.store = store;
		this.parser = new CustomerRowParser(tariffs, standards);
	}

	@Override
	protected CustomerRecord parse(Fields fields, BatchTally tally) throws RowRejected {
		CustomerRecord record = this.parser.parse(fields);
		record.countFields(tally);
		return record;
	}

	/**
	 * Rows repeating a customer number of the chunk count as duplicates, not as accepted
	 * rows.
	 */
	@Override
	protected long write(UUID batchId, List<CustomerRecord> rows, BatchTally tally) {
		CustomerStore.Written written = this.store.upsert(rows);
		tally.accepted -= written.repeated();
		tally.duplicates += written.repeated();
		return written.published();
	}

}
