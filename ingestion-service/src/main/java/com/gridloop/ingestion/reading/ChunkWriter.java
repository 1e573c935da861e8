package com.gridloop.ingestion.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.records.ChunkNarrowing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one batch's chunks of meter-days on the writer thread, one at a time, while the
 * reading thread goes on: at most two chunks are in memory. A chunk the database refuses
 * for what it holds is stored in parts, down to single meter-days (a customer's meters
 * next to each other), and the meter-days still refused are quarantined.
 */
final class ChunkWriter {

	private static final Logger log = LoggerFactory.getLogger(ChunkWriter.class);

	/**
	 * What one chunk stored, and the meter-days the database refused with how many
	 * readings they held.
	 */
	private record Stored(StoredCounts written, List<Refused> refused) {
	}

	/**
	 * A refused meter-day: why, and its readings as this file sent them, one JSON line
	 * each.
	 */
	private record Refused(String message, List<String> readings) {
	}

	/**
	 * A meter-day's values as read, before merging with stored days changed them in
	 * place.
	 */
	private record AsRead(float[] kwh, float[] kvarh, int[] spikes) {

		static AsRead of(MeterDay d) {
			return new AsRead(d.kwh.clone(), d.kvarh == null ? null : d.kvarh.clone(), d.spikes);
		}

		void restore(MeterDay d) {
			System.arraycopy(this.kwh, 0, d.kwh, 0, this.kwh.length);
			d.kvarh = this.kvarh == null ? null : this.kvarh.clone();
			d.spikes = this.spikes;
		}

	}

	private final AsyncTaskExecutor executor;

	private final IntervalStore store;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final UUID batchId;

	private final Map<Integer, Integer> maxGapSlots;

	private final Instant receivedAt;

	private final Duration timelinessLimit;

	private Future<Stored> previous;

	ChunkWriter(AsyncTaskExecutor executor, IntervalStore store, TransactionTemplate tx, JdbcTemplate jdbc,
			UUID batchId, Map<Integer, Integer> maxGapSlots, Instant receivedAt, Duration timelinessLimit) {
		this.executor = executor;
		this.store = store;
		this.tx = tx;
		this.jdbc = jdbc;
		this.batchId = batchId;
		this.maxGapSlots = maxGapSlots;
		this.receivedAt = receivedAt;
		this.timelinessLimit = timelinessLimit;
	}

	/**
	 * Stores the meter-days and the quarantine rows read beside them, in one transaction,
	 * on the writer thread.
	 */
	void submit(List<MeterDay> ready, List<Object> rejected) {
		this.previous = this.executor.submit(() -> {
			// Storing merges stored values into the days in place; a part stored again
			// after a refusal starts
			// from what the file said.
			Map<MeterDay, AsRead> asRead = new IdentityHashMap<>(ready.size() * 2);
			for (MeterDay d : ready) {
				asRead.put(d, AsRead.of(d));
			}
			this.store.ensurePartitions(ready);
			try {
				return this.tx.execute(s -> {
					StoredCounts written = write(ready);
					new Quarantine(this.jdbc, this.batchId, new BatchTally()).write(rejected);
					return new Stored(written, List.of());
				});
			}
			catch (DataAccessException ex) {
				if (ChunkNarrowing.isTransient(ex)) {
					throw ex;
				}
				return storeInParts(ready, rejected, asRead);
			}
		});
	}

	private StoredCounts write(List<MeterDay> days) {
		return this.store.write(days, this.batchId, this.maxGapSlots, this.receivedAt, this.timelinessLimit);
	}

	private Stored storeInParts(List<MeterDay> ready, List<Object> rejected, Map<MeterDay, AsRead> asRead) {
		log.warn("The database refused a chunk of {} meter-days; storing it in parts", ready.size());
		List<MeterDay> days = new ArrayList<>(ready);
		days.sort(Comparator.comparing((MeterDay d) -> d.meter.customerId()).thenComparingLong(d -> d.epochDay));
		List<StoredCounts> parts = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		ChunkNarrowing.narrow(days, part -> {
			part.forEach(d -> asRead.get(d).restore(d));
			parts.add(this.tx.execute(s -> write(part)));
		}, (day, message) -> {
			asRead.get(day).restore(day);
			refused.add(new Refused(
					"The database refused meter " + day.meter.meterNo() + ", day " + day.day() + ": " + message,
					readings(day)));
		});
		this.tx.executeWithoutResult(s -> new Quarantine(this.jdbc, this.batchId, new BatchTally()).write(rejected));
		return new Stored(StoredCounts.sum(parts), refused);
	}

	/**
	 * The day's readings as JSON lines with their instant, so a replay after the fix
	 * reads them again.
	 */
	private static List<String> readings(MeterDay day) {
		List<String> lines = new ArrayList<>();
		for (int slot = 0; slot < day.kwh.length; slot++) {
			if (!Float.isNaN(day.kwh[slot])) {
				Instant start = day.clock.start().plusSeconds(60L * slot * day.intervalMinutes);
				lines.add("{\"meter_no\":\"" + day.meter.meterNo().replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\",\"interval_start\":\"" + start + "\",\"interval_minutes\":" + day.intervalMinutes
						+ ",\"kwh\":" + day.kwh[slot] + "}");
			}
		}
		return lines;
	}

	/**
	 * Waits for the chunk being written and adds what it found to the batch's counts;
	 * meter-days the database refused are quarantined with the next chunk, their readings
	 * no longer counted as accepted.
	 */
	void awaitPrevious(BatchTally tally, Quarantine quarantine) {
		if (this.previous == null) {
			return;
		}
		try {
			Stored stored = this.previous.get();
			this.previous = null;
			for (Refused r : stored.refused()) {
				// Each reading counted as accepted becomes a quarantined row, so the
				// batch's counts still add up.
				for (String line : r.readings()) {
					quarantine.add(0, line, Reason.STORE_REJECTED, r.message());
				}
				tally.accepted -= r.readings().size();
			}
			StoredCounts w = stored.written();
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

	/** Gives up a chunk still being written when the batch failed. */
	void cancel() {
		if (this.previous != null) {
			this.previous.cancel(true);
		}
	}

}
