package com.gridloop.ingestion.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a chunk of rows in one transaction; when the database refuses it for what a row
 * holds (a value its column cannot take, a constraint), stores each half in a transaction
 * of its own, down to single rows, and quarantines the rows it still refuses
 * ({@code STORE_REJECTED}, quoting the database). One bad value never loses the good rows
 * beside it. An error of the database itself (connection lost, deadlock) is not the rows'
 * fault and fails as before.
 *
 * @param <T> one accepted row
 */
public final class ChunkNarrowing<T> {

	private static final Logger log = LoggerFactory.getLogger(ChunkNarrowing.class);

	/** An accepted row with where it came from, so it can still be quarantined. */
	public record Row<T>(long line, Object raw, T value) {
	}

	/** Stores some rows; runs in a transaction the narrowing opens. */
	public interface Writer<T> {

		/**
		 * @return events written
		 */
		long write(List<T> rows);

	}

	/** Stores some items in a transaction of its own; throws what the database said. */
	public interface Attempt<T> {

		void store(List<T> items);

	}

	private final TransactionTemplate tx;

	private final Quarantine quarantine;

	public ChunkNarrowing(TransactionTemplate tx, Quarantine quarantine) {
		this.tx = tx;
		this.quarantine = quarantine;
	}

	/**
	 * Stores the chunk and the quarantine rows read beside it; counts its events in the
	 * tally.
	 */
	public void store(List<Row<T>> chunk, BatchTally tally, Writer<T> writer) {
		List<Object> rejected = this.quarantine.drain();
		BatchTally before = tally.copy();
		try {
			this.tx.executeWithoutResult(s -> {
				tally.factsPublished += writer.write(values(chunk));
				this.quarantine.write(rejected);
			});
			return;
		}
		catch (DataAccessException ex) {
			if (isTransient(ex)) {
				throw ex;
			}
			tally.restore(before);
			this.quarantine.putBack(rejected);
			log.warn("The database refused a chunk of {} rows ({}); storing it in parts", chunk.size(), message(ex));
		}
		narrow(chunk, rows -> {
			BatchTally beforePart = tally.copy();
			try {
				this.tx.executeWithoutResult(s -> tally.factsPublished += writer.write(values(rows)));
			}
			catch (RuntimeException ex) {
				tally.restore(beforePart);
				throw ex;
			}
		}, (row, message) -> this.quarantine.add(row.line(), row.raw() == null ? null : SourceReader.text(row.raw()),
				Reason.STORE_REJECTED, "The database refused the row: " + message));
		this.tx.executeWithoutResult(s -> this.quarantine.flush());
	}

	/**
	 * Stores the items, halving what the database refuses until single items remain, and
	 * hands those to {@code refused} with the database's message.
	 */
	public static <T> void narrow(List<T> items, Attempt<T> attempt, BiConsumer<T, String> refused) {
		if (items.isEmpty()) {
			return;
		}
		try {
			attempt.store(items);
		}
		catch (DataAccessException ex) {
			if (isTransient(ex)) {
				throw ex;
			}
			if (items.size() == 1) {
				refused.accept(items.get(0), message(ex));
				return;
			}
			int mid = items.size() / 2;
			narrow(new ArrayList<>(items.subList(0, mid)), attempt, refused);
			narrow(new ArrayList<>(items.subList(mid, items.size())), attempt, refused);
		}
	}

	/** Whether the error is the database's own state rather than what the rows hold. */
	public static boolean isTransient(DataAccessException ex) {
		return ex instanceof TransientDataAccessException || ex instanceof DataAccessResourceFailureException
				|| ex instanceof RecoverableDataAccessException;
	}

	/** The database's own words, on one line. */
	public static String message(DataAccessException ex) {
		String m = String.valueOf(ex.getMostSpecificCause().getMessage()).replaceAll("\\s+", " ").strip();
		return m.length() <= 400 ? m : m.substring(0, 397) + "...";
	}

	private static <T> List<T> values(List<Row<T>> rows) {
		List<T> out = new ArrayList<>(rows.size());
		for (Row<T> r : rows) {
			out.add(r.value());
		}
		return out;
	}

}
