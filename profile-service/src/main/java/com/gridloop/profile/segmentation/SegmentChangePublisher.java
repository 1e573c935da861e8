package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the customers whose segment differs from the previous run's, a chunk per
 * event ({@link SegmentsChanged}, keyed by run), which keeps a first run over a million
 * customers to about two hundred events; each chunk is appended on the
 * {@link ChunkWriter} thread while the cursor reads the next. Tag snapshots are not
 * marked here: the run's segments count only once it has SUCCEEDED, after which the
 * nightly pipeline recomputes every customer's tags, so no snapshot can be refreshed with
 * the previous run's segment in between.
 */
@Component
class SegmentChangePublisher {

	private final DataSource dataSource;

	private final TransactionTemplate tx;

	private final TransactionTemplate txNew;

	private final Outbox outbox;

	private final ChunkWriter writer;

	private final int chunkSize;

	SegmentChangePublisher(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox, ChunkWriter writer,
			SegmentationProperties properties) {
		this.dataSource = jdbc.getDataSource();
		this.tx = tx;
		this.txNew = new TransactionTemplate(tx.getTransactionManager());
		this.txNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.outbox = outbox;
		this.writer = writer;
		this.chunkSize = properties.chunkSize();
	}

	/**
	 * @return how many customers changed segment (all of them on a first run)
	 */
	long publish(UUID runId, UUID previous) {
		int size = this.chunkSize;
		var state = new Object() {
			List<SegmentsChanged.Change> chunk = new ArrayList<>(size);

			int part;

			long changed;

		};
		try (ChunkWriter.Lane lane = this.writer.lane()) {
			this.tx.executeWithoutResult(s -> {
				JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
				cursor.query(BinaryCursor.of("""
						select m.customer_id, p.segment_code, m.segment_code from segment_membership m
						left join segment_membership p on p.run_id = ? and p.customer_id = m.customer_id
						where m.run_id = ? and p.segment_code is distinct from m.segment_code""", size, previous,
						runId), (RowCallbackHandler) rs -> {
							state.chunk
								.add(new SegmentsChanged.Change(rs.getString(1), rs.getString(2), rs.getString(3)));
							if (state.chunk.size() >= size) {
								List<SegmentsChanged.Change> full = state.chunk;
								int part = state.part++;
								lane.submit(() -> append(runId, part, full));
								state.changed += full.size();
								state.chunk = new ArrayList<>(size);
							}
						});
			});
			lane.await();
			state.changed += append(runId, state.part, state.chunk);
		}
		return state.changed;
	}

	private int append(UUID runId, int part, List<SegmentsChanged.Change> changes) {
		if (changes.isEmpty()) {
			return 0;
		}
		this.txNew.executeWithoutResult(s -> this.outbox.append(Events.SEGMENT_CHANGED, runId.toString(),
				new SegmentsChanged(runId.toString(), part, List.copyOf(changes))));
		return changes.size();
	}

}
