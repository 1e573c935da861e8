package com.gridloop.ingestion.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.customer.MeterDirectory;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.usage.CustomerDayUsageRecorded;

import org.springframework.stereotype.Component;

/**
 * Daily frozen register readings (日冻结示数) of meters without interval data: meter, freeze
 * date, the total register and optionally the four time-of-use registers (sharp, peak,
 * flat, valley) and the multiplier. Each day whose start and end freezes are both known
 * becomes a usage fact of (end - start) x multiplier, bands included where the registers
 * are; a register that goes down is quarantined within a file and, against stored
 * readings, leaves the day out and counts against consistency. A day the meter's interval
 * data already covers keeps that richer fact.
 */
@Component
class RegistersIngestor extends RecordIngestor<RegisterReading> {

	/**
	 * Time-of-use registers may differ from the total register by this share (rounding of
	 * each register).
	 */
	static final BigDecimal BAND_TOLERANCE = new BigDecimal("0.002");

	private static final BigDecimal BAND_TOLERANCE_KWH = new BigDecimal("0.5");

	/** The interval of a day known from two freezes: one value for the day. */
	static final int DAY_MINUTES = 1440;

	/** The band calendar of register days: the meter's own time-of-use registers. */
	static final String BAND_CALENDAR = "METER_REGISTERS";

	/**
	 * A register shows at most eight digits before the multiplier; the column holds below
	 * 10^13.
	 */
	static final BigDecimal MAX_REGISTER = new BigDecimal("1000000000000");

	/**
	 * Current and voltage transformer ratios multiply to at most some 10^5 (10 kV, 5000/5
	 * A).
	 */
	static final BigDecimal MAX_MULTIPLIER = new BigDecimal("100000");

	private final MeterDirectory directory;

	private final RegisterDays days;

	private Map<String, MeterDirectory.Meter> meters;

	private RegisterReading previous;

	RegistersIngestor(RecordSupport support, MeterDirectory directory, RegisterDays days) {
		super(support, Source.REGISTERS,
				Map.of("meter_no", List.of("meter_no", "meter_asset_no", "电能表资产号"), "freeze_date",
						List.of("freeze_date", "data_date", "冻结日期", "数据日期"), "total",
						List.of("total", "pap_r", "正向有功总"), "sharp", List.of("sharp", "pap_r1", "尖"), "peak",
						List.of("peak", "pap_r2", "峰"), "flat", List.of("flat", "pap_r3", "平"), "valley",
						List.of("valley", "pap_r4", "谷"), "multiplier", List.of("multiplier", "t_factor", "综合倍率")),
				List.of("meter_no", "freeze_date", "total"));
		this.directory = directory;
		this.days = days;
	}

	@Override
	protected void begin(UUID batchId) {
		this.meters = this.directory.snapshot();
		this.previous = null;
	}

	@Override
	protected RegisterReading parse(Fields f, BatchTally tally) throws RowRejected {
		String meterNo = f.required("meter_no");
		MeterDirectory.Meter meter = this.meters.get(meterNo);
		if (meter == null) {
			throw new RowRejected(Reason.UNKNOWN_METER, "Meter " + meterNo + " is not in the archive");
		}
		LocalDate date = f.notAfterToday("freeze_date", f.midnight("freeze_date"));
		BigDecimal total = f.nonNegative("total", true, MAX_REGISTER);
		BigDecimal[] bands = { f.nonNegative("sharp", false, MAX_REGISTER), f.nonNegative("peak", false, MAX_REGISTER),
				f.nonNegative("flat", false, MAX_REGISTER), f.nonNegative("valley", false, MAX_REGISTER) };
		long given = java.util.Arrays.stream(bands).filter(Objects::nonNull).count();
		if (given != 0 && given != bands.length) {
			throw new RowRejected(Reason.MISSING_VALUE,
					"The time-of-use registers (sharp, peak, flat, valley) must be all given or all empty");
		}
		if (given > 0) {
			BigDecimal sum = bands[0].add(bands[1]).add(bands[2]).add(bands[3]);
			BigDecimal allowed = total.multiply(BAND_TOLERANCE).max(BAND_TOLERANCE_KWH);
			if (sum.subtract(total).abs().compareTo(allowed) > 0) {
				throw new RowRejected(Reason.INCONSISTENT,
						"The time-of-use registers add up to " + sum + ", the total register reads " + total);
			}
		}
		BigDecimal multiplier = f.decimal("multiplier", false, BigDecimal.ZERO, MAX_MULTIPLIER);
		if (multiplier != null && multiplier.signum() <= 0) {
			throw new RowRejected(Reason.ABSURD_VALUE, "multiplier must be positive: " + multiplier);
		}
		RegisterReading reading = new RegisterReading(meterNo, meter.customerId(), date, total, bands[0], bands[1],
				bands[2], bands[3], multiplier == null ? BigDecimal.ONE : multiplier);
		RegisterReading before = this.previous;
		if (before != null && before.meterNo().equals(meterNo) && date.isAfter(before.freezeDate())
				&& !reading.notBelow(before)) {
			throw new RowRejected(Reason.DECREASING_REGISTER, "Meter " + meterNo + " reads " + total + " on " + date
					+ ", below the " + before.total() + " it read on " + before.freezeDate());
		}
		this.previous = reading;
		return reading;
	}

	@Override
	protected long write(UUID batchId, List<RegisterReading> rows, BatchTally tally) {
		List<RegisterReading> changed = withoutDuplicates(rows, tally);
		if (changed.isEmpty()) {
			return 0;
		}
		this.jdbc.batchUpdate("""
				insert into register_reading (meter_no, freeze_date, customer_id, total, sharp, peak, flat, valley,
				  multiplier, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (meter_no, freeze_date) do update set customer_id = excluded.customer_id,
				  total = excluded.total, sharp = excluded.sharp, peak = excluded.peak, flat = excluded.flat,
				  valley = excluded.valley, multiplier = excluded.multiplier, batch_id = excluded.batch_id,
				  updated_at = now()""", changed, 1000, (ps, r) -> {
			ps.setString(1, r.meterNo());
			ps.setObject(2, r.freezeDate());
			ps.setString(3, r.customerId());
			ps.setBigDecimal(4, r.total());
			ps.setBigDecimal(5, r.sharp());
			ps.setBigDecimal(6, r.peak());
			ps.setBigDecimal(7, r.flat());
			ps.setBigDecimal(8, r.valley());
			ps.setBigDecimal(9, r.multiplier());
			ps.setObject(10, batchId);
		});
		List<CustomerDayUsageRecorded> facts = CustomerDayUsageRecorded
			.perCustomerDay(this.days.between(changed, this.meters, tally));
		this.days.save(facts);
		this.outbox.appendAll(Events.USAGE_RECORDED, facts, CustomerDayUsageRecorded::customerId);
		return facts.size();
	}

	/**
	 * Drops rows identical to a stored reading (counted as duplicates, and taken back out
	 * of the accepted rows the caller adds) and counts those that change one (the later
	 * batch wins).
	 */
	private List<RegisterReading> withoutDuplicates(List<RegisterReading> rows, BatchTally tally) {
		Map<String, RegisterReading> stored = new HashMap<>();
		String[] meterNos = rows.stream().map(RegisterReading::meterNo).toArray(String[]::new);
		Date[] dates = rows.stream().map(r -> Date.valueOf(r.freezeDate())).toArray(Date[]::new);
		this.jdbc.query(con -> {
			var ps = con.prepareStatement(
					"""
							select meter_no, freeze_date, customer_id, total, sharp, peak, flat, valley, multiplier
							from register_reading where (meter_no, freeze_date) in (select * from unnest(?::text[], ?::date[]))""");
			ps.setArray(1, con.createArrayOf("text", meterNos));
			ps.setArray(2, con.createArrayOf("date", dates));
			return ps;
		}, rs -> {
			RegisterReading r = new RegisterReading(rs.getString(1), rs.getString(3), rs.getDate(2).toLocalDate(),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					rs.getBigDecimal(8), rs.getBigDecimal(9));
			stored.put(r.meterNo() + '|' + r.freezeDate(), r);
		});
		Map<String, RegisterReading> changed = new LinkedHashMap<>();
		for (RegisterReading r : rows) {
			String key = r.meterNo() + '|' + r.freezeDate();
			RegisterReading before = stored.get(key);
			if (before != null && before.sameValues(r)) {
				tally.duplicates++;
				tally.accepted--;
				continue;
			}
			if (before != null) {
				tally.conflicts++;
			}
			// Within a file, the later row of one meter and date wins too.
			if (changed.put(key, r) != null) {
				tally.conflicts++;
			}
		}
		return new ArrayList<>(changed.values());
	}

}
