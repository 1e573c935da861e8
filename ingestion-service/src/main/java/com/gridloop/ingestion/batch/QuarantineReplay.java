package com.gridloop.ingestion.batch;

import java.util.List;
import java.util.UUID;

import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Quarantined rows sent through validation again, as a new batch, once what refused them
 * is fixed.
 */
@Service
public record QuarantineReplay(BatchService service, IngestBatchRepository batches, JdbcTemplate jdbc) {

	/**
	 * Replays the quarantined rows of a finished batch as a new batch of the same source,
	 * after a fix elsewhere (a meter added to the archive, a source profile corrected):
	 * the rows go through validation again, and the ones replayed are marked with the new
	 * batch, so they are not replayed twice.
	 * @param reasons reason codes to replay, or empty for all
	 * @param profile the source profile to read them with, or null for the original's
	 */
	public BatchView replay(UUID id, java.util.Set<String> reasons, String profile, boolean wait) {
		IngestBatch original = this.batches.findById(id).orElseThrow(() -> Problems.notFound("Batch", id));
		if (original.status() != BatchStatus.COMPLETED && original.status() != BatchStatus.FAILED) {
			throw Problems.conflict("batch-not-finished", "Batch " + id + " is " + original.status());
		}
		List<Object[]> rows = this.jdbc.query("""
				select id, raw_line from quarantine_row
				where batch_id = ? and replayed_in is null and raw_line is not null
				  and (cardinality(?::text[]) = 0 or reason_code = any(?::text[]))
				order by line_no""", (rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }, id,
				reasons.toArray(String[]::new), reasons.toArray(String[]::new));
		if (rows.isEmpty()) {
			throw Problems.unprocessable("nothing-to-replay", "Batch " + id + " has no quarantined rows to replay"
					+ (reasons.isEmpty() ? "" : " with reasons " + reasons));
		}
		boolean jsonLines = ((String) rows.get(0)[1]).stripLeading().startsWith("{");
		if (original.header() == null && original.source() != Source.APP_EVENTS && !jsonLines) {
			throw Problems.unprocessable("no-header", "Batch " + id + " kept no header to replay its rows under");
		}
		StringBuilder file = new StringBuilder();
		if (original.header() != null) {
			file.append(original.header()).append('\n');
		}
		rows.forEach(r -> file.append((String) r[1]).append('\n'));
		byte[] bytes = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		BatchView replay = this.service.receive(original.source(), "replay of " + id,
				java.nio.charset.StandardCharsets.UTF_8, profile != null ? profile : original.profile(),
				new java.io.ByteArrayInputStream(bytes), false, id);
		Long[] ids = rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
		this.jdbc.update(con -> {
			var ps = con.prepareStatement("update quarantine_row set replayed_in = ? where id = any(?)");
			ps.setObject(1, replay.id());
			ps.setArray(2, con.createArrayOf("bigint", ids));
			return ps;
		});
		return wait ? this.service.await(replay.id()) : this.service.view(replay.id());
	}

}
