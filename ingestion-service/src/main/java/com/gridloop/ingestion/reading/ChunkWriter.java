package com.gridloop.ingestion.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

	private record Refused(String what, long readings) {
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
				return storeInParts(ready, rejected);
			}
		});
	}

	private StoredCounts write(List<MeterDay> days) {
		return this.store.write(days, this.batchId, this.maxGapSlots, this.receivedAt, this.timelinessLimit);
	}

	private Stored storeInParts(List<MeterDay> ready, List<Object> rejected) {
		log.warn("The database refused a chunk of {} meter-days; storing it in parts", ready.size());
		List<MeterDay> days = new ArrayList<>(ready);
		days.sort(Comparator.comparing((MeterDay d) -> d.meter.customerId()).thenComparingLong(d -> d.epochDay));
		List<StoredCounts> parts = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		ChunkNarrowing.narrow(days, part -> parts.add(this.tx.execute(s -> write(part))), (day, message) -> refused
			.add(new Refused("meter " + day.meter.meterNo() + ", day " + day.day() + ": " + message, readings(day))));
		this.tx.executeWithoutResult(s -> new Quarantine(this.jdbc, this.batchId, new BatchTally()).write(rejected));
		return new Stored(StoredCounts.sum(parts), refused);
	}

	private static long readings(MeterDay day) {
		long n = 0;
		for (float v : day.kwh) {
			n += Float.isNaN(v) ? 0 : 1;
		}
		return n;
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
				quarantine.add(0, null, Reason.STORE_REJECTED,
						"The database refused " + r.what() + " (" + r.readings() + " readings)");
				tally.accepted -= r.readings();
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
