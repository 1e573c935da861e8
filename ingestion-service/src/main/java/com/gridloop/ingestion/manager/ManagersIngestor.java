package com.gridloop.ingestion.manager;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;

import org.springframework.stereotype.Component;

/**
 * The account managers file (客户经理): staff no., name, team, region, weekly capacity and,
 * for grid managers (台区经理), the transformer areas they serve. A staff no. must be a user
 * name (letters, digits, dash), the capacity a whole number of tasks a week.
 */
@Component
class ManagersIngestor extends RecordIngestor<ManagerRecorded> {

	/** More customer calls or visits than one person makes in a week. */
	private static final BigDecimal MAX_CAPACITY = new BigDecimal("500");

	private static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9-]{2,32}");

	ManagersIngestor(RecordSupport support) {
		super(support, Source.MANAGERS,
				Map.of("staff_no", List.of("staff_no", "emp_no", "工号"), "name", List.of("name", "emp_name", "姓名"),
						"team", List.of("team", "dept", "班组"), "region_code", List.of("region_code", "org_no", "区域编码"),
						"weekly_capacity", List.of("weekly_capacity", "capacity", "周服务容量"), "transformer_areas",
						List.of("transformer_areas", "tg_list", "负责台区")),
				List.of("staff_no", "name", "team", "weekly_capacity"));
	}

	@Override
	protected ManagerRecorded parse(Fields f, BatchTally tally) throws RowRejected {
		String staffNo = f.required("staff_no");
		if (!STAFF_NO.matcher(staffNo).matches()) {
			throw new RowRejected(Reason.INCONSISTENT,
					"staff_no " + staffNo + " is not a user name (2-32 letters, digits or dashes)");
		}
		BigDecimal capacity = f.nonNegative("weekly_capacity", true, MAX_CAPACITY);
		if (capacity.stripTrailingZeros().scale() > 0) {
			throw new RowRejected(Reason.BAD_NUMBER, "weekly_capacity " + capacity + " is not a whole number");
		}
		String areas = f.text("transformer_areas");
		String region = f.text("region_code");
		tally.fieldsPossible += 2;
		tally.fieldsPresent += (region == null ? 0 : 1) + (areas == null ? 0 : 1);
		List<String> areaList = areas == null ? List.of()
				: Arrays.stream(areas.split("[;；|]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
		return new ManagerRecorded(staffNo, f.required("name"), f.required("team"), region, capacity.intValue(),
				areaList);
	}

	@Override
	protected long write(UUID batchId, List<ManagerRecorded> rows, BatchTally tally) {
		return storeAndPublish("""
				insert into account_manager (staff_no, name, team, region_code, weekly_capacity, transformer_areas,
				  batch_id) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (staff_no) do update set name = excluded.name, team = excluded.team,
				  region_code = excluded.region_code, weekly_capacity = excluded.weekly_capacity,
				  transformer_areas = excluded.transformer_areas, batch_id = excluded.batch_id,
				  updated_at = now()""", rows, (ps, m) -> {
			ps.setString(1, m.staffNo());
			ps.setString(2, m.name());
			ps.setString(3, m.team());
			ps.setString(4, m.regionCode());
			ps.setInt(5, m.weeklyCapacity());
			ps.setArray(6, ps.getConnection().createArrayOf("text", m.transformerAreas().toArray()));
			ps.setObject(7, batchId);
		}, Events.MANAGER_RECORDED, ManagerRecorded::staffNo);
	}

}
