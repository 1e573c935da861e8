package com.gridloop.ingestion.reading;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.ingestion.IngestionProperties;
import com.gridloop.ingestion.IngestionProperties.ReadingsProfile;
import com.gridloop.ingestion.batch.BatchProcessor;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.customer.MeterDirectory;
import com.gridloop.ingestion.quality.QualityProperties;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Columns;
import com.gridloop.ingestion.read.SourceReader;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams an interval readings file: each row is validated, good ones gather into
 * meter-days in a bounded buffer, and each full buffer is merged, stored and published in
 * one transaction with the rows quarantined beside it.
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

	private final JsonMapper json;

	/**
	 * Stores one chunk while the next is read; batches run one at a time, so one thread
	 * serves them all.
	 */
	private final ThreadPoolTaskExecutor writerThread = new ThreadPoolTaskExecutor();

	ReadingsIngestor(MeterDirectory directory, IntervalStore store, IngestionProperties properties, JdbcTemplate jdbc,
			TransactionTemplate tx, QualityProperties quality, JsonMapper json) {
		this.quality = quality;
		this.json = json;
		this.directory = directory;
		this.store = store;
		this.properties = properties;
		this.jdbc = jdbc;
		this.tx = tx;
		this.writerThread.setCorePoolSize(1);
		this.writerThread.setMaxPoolSize(1);
		this.writerThread.setThreadNamePrefix("ingest-writer-");
		this.writerThread.setDaemon(true);
		this.writerThread.initialize();
	}

	@Override
	public Source source() {
		return Source.READINGS;
	}

	@Override
	public void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally, Runnable progress)
			throws Exception {
		ReadingsProfile readingsProfile = this.properties.profile(profile);
		ChunkWriter writer = new ChunkWriter(this.writerThread, this.store, this.tx, this.jdbc, batchId, maxGapSlots(),
				Instant.now(), this.quality.timelinessLimit());
		try (SourceReader reader = new SourceReader(file, charset, this.json)) {
			Batch batch = new Batch(batchId, tally, reader, progress, writer);
			reader.read(ReadingRowParser.columns(readingsProfile), ReadingRowParser.REQUIRED, tally, batch.quarantine,
					new SourceReader.Rows() {

						@Override
						public void start(Columns columns) {
							batch.start(columns, readingsProfile);
						}

						@Override
						public void row(long line, List<String> fields, Object raw) {
							batch.accept(line, fields, raw);
							batch.afterRow();
						}

					});
			batch.flush(null);
			writer.awaitPrevious(tally, batch.quarantine);
		}
		catch (Exception | Error ex) {
			writer.cancel();
			throw ex;
		}
	}

	/** Longest run of missing intervals to interpolate, per interval length. */
	private Map<Integer, Integer> maxGapSlots() {
		Map<Integer, Integer> slots = new HashMap<>();
		for (int interval : new int[] { 5, 10, 15, 30, 60 }) {
			slots.put(interval, (int) (this.properties.maxInterpolatedGap().toMinutes() / interval));
		}
		return slots;
	}

	@PreDestroy
	void stop() {
		this.writerThread.destroy();
	}

	/**
	 * What reading one batch keeps: the open meter-days, the parser, the quarantine and
	 * the counts.
	 */
	private final class Batch {

		final UUID id;

		final BatchTally tally;

		final Quarantine quarantine;

		final Map<Long, MeterDay> open = new HashMap<>();

		final Map<String, Integer> meterIndex = new HashMap<>();

		final SourceReader reader;

		final Runnable progress;

		final ChunkWriter writer;

		ReadingRowParser parser;

		/**
		 * The meter-day of the previous accepted row: consecutive rows of a sorted file
		 * share it.
		 */
		MeterDay last;

		Batch(UUID id, BatchTally tally, SourceReader reader, Runnable progress, ChunkWriter writer) {
			this.id = id;
			this.tally = tally;
			this.quarantine = new Quarantine(ReadingsIngestor.this.jdbc, id, tally);
			this.reader = reader;
			this.progress = progress;
			this.writer = writer;
		}

		void start(Columns columns, ReadingsProfile profile) {
			this.parser = new ReadingRowParser(columns, ReadingsIngestor.this.directory.snapshot(), profile,
					ReadingsIngestor.this.properties.maxKwhPerKvaHour(), Instant.now());
		}

		/**
		 * @param raw the row as read, turned into text only if it is quarantined
		 */
		void accept(long line, List<String> fields, Object raw) {
			ReadingRowParser parser = this.parser;
			if (!parser.parse(fields)) {
				this.quarantine.add(line, raw(raw), parser.reason, parser.message);
			}
			else {
				MeterDay day = this.last;
				if (day == null || day.meter != parser.meter || day.epochDay != parser.epochDay) {
					day = openDay(parser);
					this.last = day;
				}
				if (day.intervalMinutes != parser.intervalMinutes) {
					this.quarantine.add(line, raw(raw), Reason.INCONSISTENT, "Meter " + parser.meter.meterNo()
							+ " reported " + day.intervalMinutes + "-minute intervals for this day before");
				}
				else {
					float previous = day.kwh[parser.slot];
					if (Float.isNaN(previous)) {
						this.tally.accepted++;
					}
					else if (previous == parser.kwh) {
						this.tally.duplicates++;
					}
					else {
						this.tally.accepted++;
						this.tally.conflicts++;
					}
					day.kwh[parser.slot] = parser.kwh;
					if (!Float.isNaN(parser.kvarh)) {
						day.reactive(parser.slot, parser.kvarh);
					}
				}
			}
		}

		/**
		 * The open meter-day of the parsed row, opened if it is the meter's first row of
		 * that day.
		 */
		private MeterDay openDay(ReadingRowParser parser) {
			Integer meter = this.meterIndex.get(parser.meter.meterNo());
			if (meter == null) {
				meter = this.meterIndex.size();
				this.meterIndex.put(parser.meter.meterNo(), meter);
			}
			long key = ((long) meter << 32) | (parser.epochDay & 0xFFFFFFFFL);
			MeterDay day = this.open.get(key);
			if (day == null) {
				day = new MeterDay(parser.meter, parser.epochDay, parser.intervalMinutes, parser.clock);
				this.open.put(key, day);
			}
			return day;
		}

		/** Writes a chunk when the buffer or the quarantine is full. */
		void afterRow() {
			if (this.open.size() >= ReadingsIngestor.this.properties.openMeterDays()
					|| this.quarantine.pendingCount() >= QUARANTINE_CHUNK) {
				flush(this.parser.reason == null && this.parser.meter != null ? this.parser.meter.meterNo() : null);
			}
		}

		private static String raw(Object raw) {
			return SourceReader.text(raw);
		}

		void flush(String currentMeter) {
			this.last = null; // it may be handed to the writer now
			ReadingsIngestor.this.flush(this.open, this.quarantine, this.tally, this.reader, this.progress,
					currentMeter, this.writer);
		}

	}

	/**
	 * Hands the open meter-days to the writer, except those of the meter being read when
	 * the file is sorted by meter: they stay open so a day is not published half-read and
	 * again whole.
	 */
	private void flush(Map<Long, MeterDay> open, Quarantine quarantine, BatchTally tally, SourceReader reader,
			Runnable progress, String currentMeter, ChunkWriter writer) {
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
		writer.awaitPrevious(tally, quarantine);
		tally.bytesRead = reader.bytesRead();
		progress.run();
		writer.submit(ready, rejected);
	}

}
