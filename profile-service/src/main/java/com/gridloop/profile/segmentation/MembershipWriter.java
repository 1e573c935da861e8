package com.gridloop.profile.segmentation;

import java.util.UUID;

import javax.sql.DataSource;

import com.gridloop.common.jdbc.PgCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a run's memberships by COPY in chunks, each committed on its own (with the run's
 * progress) on the {@link ChunkWriter} thread while the caller's cursor reads on. The
 * table has no foreign key to the run: its trigger per row cost more than writing the
 * rows (decision 9).
 */
@Component
class MembershipWriter {

	/** Memberships per COPY: few round trips, and a progress update each time. */
	private static final int COPY_CHUNK = 50_000;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	/**
	 * Chunks commit on their own while the cursor that reads the customers stays open in
	 * its transaction.
	 */
	private final TransactionTemplate txNew;

	private final ChunkWriter writer;

	private final SegmentationRuns runs;

	MembershipWriter(JdbcTemplate jdbc, TransactionTemplate tx, ChunkWriter writer, SegmentationRuns runs) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.txNew = new TransactionTemplate(tx.getTransactionManager());
		this.txNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.writer = writer;
		this.runs = runs;
	}

	/**
	 * A run's memberships, written as they are added; {@link Batch#finish()} writes the
	 * rest.
	 */
	Batch open(UUID runId) {
		return new Batch(runId);
	}

	/**
	 * Keeps the memberships of this run and the one before (for stability); older ones
	 * go.
	 */
	void keepOnly(UUID runId, UUID previous) {
		this.jdbc.update("delete from segment_membership where run_id not in (?, ?)", runId, previous);
	}

	private void copy(UUID runId, CharSequence rows, int n) {
		if (n == 0) {
			return;
		}
		this.txNew.executeWithoutResult(s -> {
			PgCopy.copyIn(this.dataSource,
					"copy segment_membership (run_id, customer_id, segment_code, reason) from stdin", rows);
			this.runs.assigned(runId, n);
		});
	}

	/** Memberships gathered into COPY text; close it in a finally block. */
	final class Batch implements AutoCloseable {

		private final UUID runId;

		private final ChunkWriter.Lane lane = MembershipWriter.this.writer.lane();

		private StringBuilder rows = new StringBuilder(COPY_CHUNK * 60);

		private int pending;

		private Batch(UUID runId) {
			this.runId = runId;
		}

		/**
		 * @param reason the customer rule's reason in the customer's values, or null for
		 * a cluster
		 */
		void add(String customerId, String segmentCode, String reason) {
			this.rows.append(this.runId).append('\t');
			PgCopy.field(this.rows, customerId).append('\t').append(segmentCode).append('\t');
			if (reason == null) {
				this.rows.append("\\N");
			}
			else {
				PgCopy.field(this.rows, reason);
			}
			this.rows.append('\n');
			if (++this.pending >= COPY_CHUNK) {
				StringBuilder full = this.rows;
				int n = this.pending;
				this.lane.submit(() -> copy(this.runId, full, n));
				this.rows = new StringBuilder(COPY_CHUNK * 60);
				this.pending = 0;
			}
		}

		/** Copies the last chunk here and waits for the one in flight. */
		void finish() {
			copy(this.runId, this.rows, this.pending);
			this.pending = 0;
			this.lane.await();
		}

		@Override
		public void close() {
			this.lane.close();
		}

	}

}
