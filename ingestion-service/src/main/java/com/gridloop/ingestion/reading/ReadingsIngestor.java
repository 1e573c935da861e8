package com.gridloop.ingestion.reading;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.gridloop.ingestion.IngestionProperties;
import com.gridloop.ingestion.IngestionProperties.ReadingsProfile;
import com.gridloop.ingestion.batch.BatchProcessor;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.csv.Columns;
import com.gridloop.ingestion.csv.CountingInputStream;
import com.gridloop.ingestion.csv.CsvFiles;
import com.gridloop.ingestion.customer.MeterDirectory;
import com.gridloop.ingestion.quality.QualityProperties;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams an interval readings file: each row is validated, good ones gather into meter-days in a bounded buffer,
 * and each full buffer is merged, stored and published in one transaction with the rows quarantined beside it.
 */
@Component
class ReadingsIngestor implements BatchProcessor {

	/** Rows quarantined before the chunk is written even if the buffer is not full. */
	private static final int QUARANTINE_CHUNK = 10_000;

	private final MeterDirectory directory;

	private final IntervalStore store;

	private final IngestionProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final QualityProperties quality;

	ReadingsIngestor(MeterDirectory directory, IntervalStore store, IngestionProperties properties, JdbcTemplate jdbc,
			TransactionTemplate tx, QualityProperties quality) {
		this.quality = quality;
		this.directory = directory;
		this.store = store;
		this.properties = properties;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public Source source() {
		return Source.READINGS;
	}

	@Override
	public void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally,
			Runnable progress) throws Exception {
		Quarantine quarantine = new Quarantine(this.jdbc, batchId, tally);
		Instant receivedAt = Instant.now();
		Map<Long, MeterDay> open = new HashMap<>();
		Map<Integer, Integer> maxGapSlots = new HashMap<>();
		for (int interval : new int[] { 5, 10, 15, 30, 60 }) {
			maxGapSlots.put(interval, (int) (this.properties.maxInterpolatedGap().toMinutes() / interval));
		}
		CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
		try (CsvReader<CsvRecord> csv = CsvFiles.open(counted, charset); ChunkWriter writer = new ChunkWriter()) {
			Iterator<CsvRecord> rows = csv.iterator();
			if (!rows.hasNext()) {
				throw new IllegalArgumentException("The file is empty: a header row is required");
			}
			ReadingsProfile readingsProfile = this.properties.profile(profile);
			List<String> header = rows.next().getFields();
			tally.header = CsvFiles.line(header);
			Columns columns = Columns.map(header, ReadingRowParser.columns(readingsProfile), ReadingRowParser.REQUIRED);
			ReadingRowParser parser = new ReadingRowParser(columns, this.directory.snapshot(), readingsProfile,
					this.properties.maxKwhPerKvaHour(), Instant.now());
			Map<String, Integer> meterIndex = new HashMap<>();
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
					// The parser cannot find the next row boundary: keep what came before, quarantine the rest.
					tally.received++;
					quarantine.add(line + 1, null, Reason.PARSE_ERROR, "Unreadable from here on: " + ex.getMessage());
					break;
				}
				line = row.getStartingLineNumber();
				tally.received++;
				if (row.getFields().equals(header)) {
					quarantine.add(line, CsvFiles.raw(row), Reason.DUPLICATE_HEADER,
							"The header row appears again: were two files concatenated?");
				}
				else if (!parser.parse(row)) {
					quarantine.add(line, CsvFiles.raw(row), parser.reason, parser.message);
				}
				else {
					Integer meter = meterIndex.get(parser.meter.meterNo());
					if (meter == null) {
						meter = meterIndex.size();
						meterIndex.put(parser.meter.meterNo(), meter);
					}
					long key = ((long) meter << 32) | (parser.epochDay & 0xFFFFFFFFL);
					MeterDay day = open.get(key);
					if (day == null) {
						day = new MeterDay(parser.meter, parser.epochDay, parser.intervalMinutes, parser.clock);
						open.put(key, day);
					}
					if (day.intervalMinutes != parser.intervalMinutes) {
						quarantine.add(line, CsvFiles.raw(row), Reason.INCONSISTENT, "Meter " + parser.meter.meterNo()
								+ " reported " + day.intervalMinutes + "-minute intervals for this day before");
					}
					else {
						float previous = day.kwh[parser.slot];
						if (Float.isNaN(previous)) {
							tally.accepted++;
						}
						else if (previous == parser.kwh) {
							tally.duplicates++;
						}
						else {
							tally.accepted++;
							tally.conflicts++;
						}
						day.kwh[parser.slot] = parser.kwh;
					}
				}
				if (open.size() >= this.properties.openMeterDays() || quarantine.pendingCount() >= QUARANTINE_CHUNK) {
					flush(open, batchId, quarantine, tally, counted, progress, maxGapSlots,
							parser.reason == null ? parser.meter.meterNo() : null, writer, receivedAt);
				}
			}
			flush(open, batchId, quarantine, tally, counted, progress, maxGapSlots, null, writer, receivedAt);
			writer.awaitPrevious(tally);
		}
	}

	/**
	 * Hands the open meter-days to the writer, except those of the meter being read when the file is sorted by
	 * meter: they stay open so a day is not published half-read and again whole. The writer stores one chunk while
	 * the next is read; at most two chunks are in memory.
	 */
	private void flush(Map<Long, MeterDay> open, UUID batchId, Quarantine quarantine, BatchTally tally,
			CountingInputStream counted, Runnable progress, Map<Integer, Integer> maxGapSlots, String currentMeter,
			ChunkWriter writer, Instant receivedAt) {
		List<MeterDay> ready = new ArrayList<>(open.size());
		Iterator<MeterDay> it = open.values().iterator();
		while (it.hasNext()) {
			MeterDay day = it.next();
			if (!day.meter.meterNo().equals(currentMeter)) {
				ready.add(day);
				it.remove();
			}
		}
		if (ready.isEmpty() && open.size() >= this.properties.openMeterDays()) {
			// One meter fills the buffer on its own: write it anyway, memory comes first.
			ready.addAll(open.values());
			open.clear();
		}
		List<Object> rejected = quarantine.drain();
		writer.awaitPrevious(tally);
		tally.bytesRead = counted.count();
		progress.run();
		writer.submit(() -> {
			this.store.ensurePartitions(ready);
			return this.tx.execute(s -> {
				IntervalStore.Written written = this.store.write(ready, batchId, maxGapSlots, receivedAt,
						this.quality.timelinessLimit());
				quarantine.write(rejected);
				return written;
			});
		});
	}

	/** Stores chunks on a thread of its own, one at a time, while the reading thread goes on. */
	private static final class ChunkWriter implements AutoCloseable {

		private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "ingest-writer");
			t.setDaemon(true);
			return t;
		});

		private Future<IntervalStore.Written> previous;

		void submit(Callable<IntervalStore.Written> chunk) {
			this.previous = this.thread.submit(chunk);
		}

		/** Waits for the chunk being written and adds what it found to the batch's counts. */
		void awaitPrevious(BatchTally tally) {
			if (this.previous == null) {
				return;
			}
			try {
				IntervalStore.Written w = this.previous.get();
				tally.duplicates += w.duplicates();
				tally.accepted -= w.duplicates();
				tally.conflicts += w.conflicts();
				tally.estimated += w.estimated();
				tally.factsPublished += w.facts();
				tally.meterDays += w.meterDays();
				tally.timelyMeterDays += w.timely();
				tally.expectedSlots += w.expectedSlots();
				tally.filledSlots += w.filledSlots();
				tally.spikes += w.spikes();
				this.previous = null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while storing a chunk", ex);
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException re ? re
						: new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
			}
		}

		@Override
		public void close() {
			this.thread.shutdownNow();
		}

	}

}
