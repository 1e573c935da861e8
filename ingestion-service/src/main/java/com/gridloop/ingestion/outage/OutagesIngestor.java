package com.gridloop.ingestion.outage;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.read.RowRejected;

import org.springframework.stereotype.Component;

/** Outages per transformer area, planned or not, with their start and end. */
@Component
class OutagesIngestor extends RecordIngestor<OutageRecorded> {

	OutagesIngestor(RecordSupport support) {
		super(support, Source.OUTAGES,
				Map.of("transformer_area", List.of("transformer_area", "tg_no", "台区"), "start",
						List.of("start", "start_time", "停电开始时间"), "end", List.of("end", "end_time", "恢复送电时间"),
						"planned", List.of("planned", "is_planned", "计划停电")),
				List.of("transformer_area", "start", "end", "planned"));
	}

	@Override
	protected OutageRecorded parse(Fields f, BatchTally tally) throws RowRejected {
		OffsetDateTime start = f.time("start", true);
		OffsetDateTime end = f.time("end", true);
		Fields.notFuture("start", start);
		if (!end.isAfter(start)) {
			throw new RowRejected(Reason.INCONSISTENT,
					"The outage ends (" + end + ") before it starts (" + start + ")");
		}
		return new OutageRecorded(f.required("transformer_area"), start, end, f.bool("planned"),
				Duration.between(start, end).toMinutes());
	}

	@Override
	protected long write(UUID batchId, List<OutageRecorded> rows, BatchTally tally) {
		return storeAndPublish("""
				insert into outage (transformer_area, start_time, end_time, planned, batch_id) values (?, ?, ?, ?, ?)
				on conflict (transformer_area, start_time) do update set end_time = excluded.end_time,
				  planned = excluded.planned, batch_id = excluded.batch_id""", rows, (ps, o) -> {
			ps.setString(1, o.transformerArea());
			ps.setObject(2, o.start());
			ps.setObject(3, o.end());
			ps.setBoolean(4, o.planned());
			ps.setObject(5, batchId);
		}, Events.OUTAGE_RECORDED, OutageRecorded::transformerArea);
	}

}
