package com.gridloop.ingestion.customer;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import com.gridloop.ingestion.batch.BatchProcessor;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.csv.Columns;
import com.gridloop.ingestion.csv.CountingInputStream;
import com.gridloop.ingestion.csv.CsvFiles;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.standard.CodeStandards;
import com.gridloop.ingestion.usage.TariffCalendars;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a customer archive extract: valid rows are linked to golden ids and published, the rest quarantined. */
@Component
class CustomerIngestor implements BatchProcessor {

	private static final int CHUNK = 2000;

	private final CustomerStore store;

	private final TariffCalendars tariffs;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final CodeStandards standards;

	CustomerIngestor(CustomerStore store, TariffCalendars tariffs, JdbcTemplate jdbc, TransactionTemplate tx,
			CodeStandards standards) {
		this.store = store;
		this.tariffs = tariffs;
		this.standards = standards;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public Source source() {
		return Source.CUSTOMERS;
	}

	@Override
	public void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally,
			Runnable progress) throws Exception {
		Quarantine quarantine = new Quarantine(this.jdbc, batchId, tally);
		CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
		try (CsvReader<CsvRecord> csv = CsvFiles.open(counted, charset)) {
			Iterator<CsvRecord> rows = csv.iterator();
			if (!rows.hasNext()) {
				throw new IllegalArgumentException("The file is empty: a header row is required");
			}
			List<String> header = rows.next().getFields();
			tally.header = CsvFiles.line(header);
			Columns columns = Columns.map(header, CustomerRowParser.COLUMNS, CustomerRowParser.REQUIRED);
			CustomerRowParser parser = new CustomerRowParser(columns, this.tariffs, this.standards);
			List<CustomerRecord> chunk = new ArrayList<>(CHUNK);
			long line = 1;
			while (true) {
				CsvRecord row;
				try {
					if (!rows.hasNext()) {
						break;
					}
					row = rows.next();
				}
				catch (CsvParseException ex) {
					tally.received++;
					quarantine.add(line + 1, null, Reason.PARSE_ERROR, ex.getMessage());
					break;
				}
				line = row.getStartingLineNumber();
				tally.received++;
				CustomerRowParser.Result result = parser.parse(row);
				if (result instanceof CustomerRowParser.Accepted a) {
					chunk.add(a.record());
					a.record().countFields(tally);
				}
				else if (result instanceof CustomerRowParser.Rejected r) {
					quarantine.add(line, CsvFiles.raw(row), r.reason(), r.message());
				}
				if (chunk.size() >= CHUNK) {
					write(chunk, quarantine, tally, counted, progress);
				}
			}
			write(chunk, quarantine, tally, counted, progress);
		}
	}

	private void write(List<CustomerRecord> chunk, Quarantine quarantine, BatchTally tally,
			CountingInputStream counted, Runnable progress) {
		this.tx.executeWithoutResult(s -> {
			CustomerStore.Written written = this.store.upsert(chunk);
			tally.accepted += chunk.size() - written.repeated();
			tally.duplicates += written.repeated();
			tally.factsPublished += written.published();
			quarantine.flush();
		});
		chunk.clear();
		tally.bytesRead = counted.count();
		progress.run();
	}

}
