package com.gridloop.ingestion.records;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.ingestion.batch.BatchProcessor;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.csv.Columns;
import com.gridloop.ingestion.csv.CountingInputStream;
import com.gridloop.ingestion.csv.CsvFiles;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The common path of record sources (bills, tickets, app events, outages, weather, archive updates): read CSV or
 * JSON lines, give each row typed {@link Fields}, quarantine what a subclass rejects, and write accepted rows in
 * chunks, each with its quarantine rows and events in one transaction.
 *
 * @param <T> one accepted row
 */
public abstract class RecordIngestor<T> implements BatchProcessor {

	private static final int CHUNK = 5000;

	/** The zone local times of Chinese source systems are written in. */
	protected static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	protected final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final JsonMapper json;

	protected RecordIngestor(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.json = json;
	}

	/** Logical column to the header names it may carry (the first is canonical; JSON lines use it too). */
	protected abstract Map<String, List<String>> columns();

	protected abstract List<String> required();

	/** Whether the source is JSON lines rather than CSV. */
	protected boolean jsonLines() {
		return false;
	}

	/** Prepares what parsing needs for one batch (lookups), before the first row. */
	protected abstract void begin(UUID batchId);

	/** Validates one row; throws {@link RowRejected} to quarantine it. */
	protected abstract T parse(Fields fields, BatchTally tally) throws RowRejected;

	/** Stores a chunk and writes its events; runs in the chunk's transaction. Returns the events written. */
	protected abstract long write(UUID batchId, List<T> rows, BatchTally tally);

	/** Called once after the last chunk, in a transaction of its own (for events aggregated over the batch). */
	protected long finish(UUID batchId, BatchTally tally) {
		return 0;
	}

	@Override
	public void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally,
			Runnable progress) throws Exception {
		begin(batchId);
		Quarantine quarantine = new Quarantine(this.jdbc, batchId, tally);
		List<T> chunk = new ArrayList<>(CHUNK);
		CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
		Runnable flush = () -> {
			this.tx.executeWithoutResult(s -> {
				tally.factsPublished += write(batchId, chunk, tally);
				quarantine.flush();
			});
			tally.accepted += chunk.size();
			chunk.clear();
			tally.bytesRead = counted.count();
			progress.run();
		};
		if (jsonLines()) {
			readJsonLines(counted, charset, tally, quarantine, chunk, flush);
		}
		else {
			readCsv(counted, charset, tally, quarantine, chunk, flush);
		}
		flush.run();
		this.tx.executeWithoutResult(s -> tally.factsPublished += finish(batchId, tally));
	}

	private void readCsv(CountingInputStream in, Charset charset, BatchTally tally, Quarantine quarantine,
			List<T> chunk, Runnable flush) throws Exception {
		try (CsvReader<CsvRecord> csv = CsvFiles.open(in, charset)) {
			Iterator<CsvRecord> rows = csv.iterator();
			if (!rows.hasNext()) {
				throw new IllegalArgumentException("The file is empty: a header row is required");
			}
			List<String> header = rows.next().getFields();
			tally.header = CsvFiles.line(header);
			Columns columns = Columns.map(header, columns(), required());
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
					quarantine.add(line + 1, null, Reason.PARSE_ERROR, "Unreadable from here on: " + ex.getMessage());
					break;
				}
				line = row.getStartingLineNumber();
				tally.received++;
				if (row.getFieldCount() != columns.width()) {
					quarantine.add(line, CsvFiles.raw(row), Reason.COLUMN_COUNT,
							"Expected " + columns.width() + " fields, found " + row.getFieldCount());
					continue;
				}
				if (row.getFields().equals(header)) {
					quarantine.add(line, CsvFiles.raw(row), Reason.DUPLICATE_HEADER, "The header row appears again");
					continue;
				}
				CsvRecord current = row;
				accept(new Fields(name -> {
					int i = columns.at(name);
					return i < 0 ? null : current.getField(i);
				}, CHINA), line, CsvFiles.raw(row), tally, quarantine, chunk, flush);
			}
		}
	}

	private void readJsonLines(CountingInputStream in, Charset charset, BatchTally tally, Quarantine quarantine,
			List<T> chunk, Runnable flush) throws Exception {
		Map<String, List<String>> names = columns();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16)) {
			String text;
			long line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				tally.received++;
				JsonNode node;
				try {
					node = this.json.readTree(text);
				}
				catch (JacksonException ex) {
					quarantine.add(line, text, Reason.PARSE_ERROR, "Not a JSON object: " + ex.getOriginalMessage());
					continue;
				}
				if (!node.isObject()) {
					quarantine.add(line, text, Reason.PARSE_ERROR, "Not a JSON object");
					continue;
				}
				Map<String, String> byName = new HashMap<>();
				for (Map.Entry<String, List<String>> column : names.entrySet()) {
					for (String alias : column.getValue()) {
						JsonNode v = node.get(alias);
						if (v != null && !v.isNull()) {
							byName.put(column.getKey(), v.isString() ? v.asString() : v.toString());
							break;
						}
					}
				}
				accept(new Fields(byName::get, CHINA), line, text, tally, quarantine, chunk, flush);
			}
		}
	}

	private void accept(Fields fields, long line, String raw, BatchTally tally, Quarantine quarantine, List<T> chunk,
			Runnable flush) {
		try {
			chunk.add(parse(fields, tally));
		}
		catch (RowRejected ex) {
			quarantine.add(line, raw, ex.reason(), ex.getMessage());
		}
		if (chunk.size() >= CHUNK || quarantine.pendingCount() >= CHUNK) {
			flush.run();
		}
	}

}
