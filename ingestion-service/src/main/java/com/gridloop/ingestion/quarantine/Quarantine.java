package com.gridloop.ingestion.quarantine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.ingestion.batch.BatchTally;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a batch could not accept, with the raw line, its number, a reason code and a
 * message. Buffered and written with the chunk of good rows beside them, in the same
 * transaction.
 */
public final class Quarantine {

	private record Row(long lineNo, String raw, Reason reason, String message) {
	}

	private final JdbcTemplate jdbc;

	private final UUID batchId;

	private final BatchTally tally;

	private final List<Row> pending = new ArrayList<>();

	public Quarantine(JdbcTemplate jdbc, UUID batchId, BatchTally tally) {
		this.jdbc = jdbc;
		this.batchId = batchId;
		this.tally = tally;
	}

	/** Keeps a rejected row and counts it in the batch's tally. */
	public void add(long lineNo, String raw, Reason reason, String message) {
		this.pending.add(new Row(lineNo, raw, reason, message));
		this.tally.quarantined(reason.name());
	}

	public int pendingCount() {
		return this.pending.size();
	}

	/** Writes what is buffered; call inside the chunk's transaction. */
	public void flush() {
		write(drain());
	}

	/** Hands over the buffered rows, for a writer that works while more rows are read. */
	public List<Object> drain() {
		List<Object> rows = new ArrayList<>(this.pending);
		this.pending.clear();
		return rows;
	}

	/**
	 * Gives back rows taken with {@link #drain()} whose transaction rolled back (they
	 * stay counted).
	 */
	public void putBack(List<Object> rows) {
		for (Object r : rows) {
			this.pending.add((Row) r);
		}
	}

	/** Writes rows taken with {@link #drain()}; call inside the chunk's transaction. */
	public void write(List<Object> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"insert into quarantine_row (batch_id, line_no, raw_line, reason_code, message) values (?, ?, ?, ?, ?)",
				rows, 1000, (ps, o) -> {
					Row r = (Row) o;
					ps.setObject(1, this.batchId);
					ps.setLong(2, r.lineNo());
					ps.setString(3, clean(r.raw()));
					ps.setString(4, r.reason().name());
					ps.setString(5, clean(r.message()));
				});
	}

	/**
	 * PostgreSQL text cannot hold NUL; binary garbage is kept readable instead of failing
	 * the batch.
	 */
	private static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String s = raw.indexOf('\0') >= 0 ? raw.replace("\0", "\\0") : raw;
		return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
	}

}
