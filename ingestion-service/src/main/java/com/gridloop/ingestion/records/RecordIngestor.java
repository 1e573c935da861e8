package com.gridloop.ingestion.records;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.gridloop.common.event.EventType;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.IngestionProperties;
import com.gridloop.ingestion.batch.BatchProcessor;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.read.Columns;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.read.SourceReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The common path of record sources (customers, archive updates, bills, tickets, app
 * events, outages, weather, registers): the {@link SourceReader} reads CSV or JSON lines,
 * each row gets typed {@link Fields}, what a subclass rejects is quarantined, and
 * accepted rows are written in chunks, each with its quarantine rows and events in one
 * transaction. A chunk the database refuses is narrowed to the rows it refuses
 * ({@link ChunkNarrowing}).
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

	private final IngestionProperties properties;

	/** Where a subclass publishes the events of what it stores. */
	protected final Outbox outbox;

	private final Source source;

	private final Map<String, List<String>> columns;

	private final List<String> required;

	/**
	 * @param source the kind of file this reads
	 * @param columns logical column to the header names it may carry (the first is
	 * canonical; JSON lines use it too)
	 * @param required the logical columns a file must have
	 */
	protected RecordIngestor(RecordSupport support, Source source, Map<String, List<String>> columns,
			List<String> required) {
		this.jdbc = support.jdbc();
		this.tx = support.tx();
		this.json = support.json();
		this.properties = support.properties();
		this.outbox = support.outbox();
		this.source = source;
		this.columns = columns;
		this.required = required;
	}

	@Override
	public final Source source() {
		return this.source;
	}

	/**
	 * Prepares what parsing needs for one batch (lookups), before the first row; nothing
	 * by default.
	 */
	protected void begin(UUID batchId) {
	}

	/** Validates one row; throws {@link RowRejected} to quarantine it. */
	protected abstract T parse(Fields fields, BatchTally tally) throws RowRejected;

	/**
	 * Stores a chunk and writes its events; runs in the chunk's transaction, and again on
	 * parts of the chunk if the database refuses it, so it must keep no state of its own
	 * beyond the transaction. Returns the events written.
	 */
	protected abstract long write(UUID batchId, List<T> rows, BatchTally tally);

	/**
	 * The usual {@link #write}: stores the rows by one batched statement and publishes
	 * each as an event of this type under its key.
	 * @return the events written
	 */
	protected <R> long storeAndPublish(String sql, List<R> rows, ParameterizedPreparedStatementSetter<R> setter,
			EventType type, Function<R, String> key) {
		this.jdbc.batchUpdate(sql, rows, 1000, setter);
		this.outbox.appendAll(type, rows, key);
		return rows.size();
	}

	/**
	 * Called once after the last chunk, in a transaction of its own (for events
	 * aggregated over the batch).
	 */
	protected long finish(UUID batchId, BatchTally tally) {
		return 0;
	}

	@Override
	public void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally, Runnable progress)
			throws Exception {
		begin(batchId);
		Quarantine quarantine = new Quarantine(this.jdbc, batchId, tally);
		ChunkNarrowing<T> narrowing = new ChunkNarrowing<>(this.tx, quarantine);
		List<ChunkNarrowing.Row<T>> chunk = new ArrayList<>(CHUNK);
		try (SourceReader reader = new SourceReader(file, charset, this.json)) {
			Runnable flush = () -> {
				narrowing.store(chunk, tally, rows -> {
					long events = write(batchId, rows, tally);
					tally.accepted += rows.size();
					return events;
				});
				chunk.clear();
				tally.bytesRead = reader.bytesRead();
				progress.run();
			};
			reader.read(this.columns, this.required, tally, quarantine, new SourceReader.Rows() {

				private Columns columns;

				private List<String> current;

				private final Fields fields = new Fields(name -> {
					int i = this.columns.at(name);
					return i < 0 ? null : this.current.get(i);
				}, CHINA, RecordIngestor.this.properties::maxLength);

				@Override
				public void start(Columns columns) {
					this.columns = columns;
				}

				@Override
				public void row(long line, List<String> values, Object raw) {
					this.current = values;
					try {
						chunk.add(new ChunkNarrowing.Row<>(line, raw, parse(this.fields, tally)));
					}
					catch (RowRejected ex) {
						quarantine.add(line, SourceReader.text(raw), ex.reason(), ex.getMessage());
					}
					if (chunk.size() >= CHUNK || quarantine.pendingCount() >= CHUNK) {
						flush.run();
					}
				}

			});
			flush.run();
		}
		this.tx.executeWithoutResult(s -> tally.factsPublished += finish(batchId, tally));
	}

}
