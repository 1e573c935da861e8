package com.gridloop.ingestion.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.ingestion.IngestionProperties;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.customer.MeterDirectory;
import com.gridloop.ingestion.usage.CustomerDayUsageRecorded;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Usage days from two consecutive freezes of a meter's registers, and their storage as
 * daily facts.
 */
@Component
record RegisterDays(JdbcTemplate jdbc, IngestionProperties properties) {

	/**
	 * The meter-days these readings start or end, where both freezes are stored and no
	 * interval data covers the day; a day whose registers go down, or whose consumption
	 * the meter's capacity cannot draw, is left out and counted.
	 */
	List<CustomerDayUsageRecorded> between(List<RegisterReading> readings, Map<String, MeterDirectory.Meter> meters,
			BatchTally tally) {
		String[] meterNos = readings.stream().map(RegisterReading::meterNo).toArray(String[]::new);
		Date[] dates = readings.stream().map(r -> Date.valueOf(r.freezeDate())).toArray(Date[]::new);
		List<CustomerDayUsageRecorded> days = new ArrayList<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					with touched as (
					  select distinct t.meter_no, v.d from unnest(?::text[], ?::date[]) as t(meter_no, f)
					  cross join lateral (values (t.f - 1), (t.f)) as v(d))
					select r0.meter_no, r0.freeze_date, r1.customer_id, (r1.total - r0.total) * r1.multiplier,
					       (r1.sharp - r0.sharp) * r1.multiplier, (r1.peak - r0.peak) * r1.multiplier,
					       (r1.flat - r0.flat) * r1.multiplier, (r1.valley - r0.valley) * r1.multiplier
					from touched t
					join register_reading r0 on r0.meter_no = t.meter_no and r0.freeze_date = t.d
					join register_reading r1 on r1.meter_no = t.meter_no and r1.freeze_date = t.d + 1
					where not exists (select 1 from daily_usage u where u.customer_id = r1.customer_id
					                  and u.day = r0.freeze_date and u.interval_minutes < 1440)""");
			ps.setArray(1, con.createArrayOf("text", meterNos));
			ps.setArray(2, con.createArrayOf("date", dates));
			return ps;
		}, rs -> {
			String meterNo = rs.getString(1);
			double kwh = rs.getDouble(4);
			Double[] bands = { nullable(rs.getBigDecimal(5)), nullable(rs.getBigDecimal(6)),
					nullable(rs.getBigDecimal(7)), nullable(rs.getBigDecimal(8)) };
			MeterDirectory.Meter meter = meters.get(meterNo);
			boolean decreasing = kwh < 0 || java.util.Arrays.stream(bands).anyMatch(b -> b != null && b < 0);
			double limit = meter == null ? 0 : meter.contractedKva() * 24 * this.properties.maxKwhPerKvaHour();
			if (decreasing || (limit > 0 && kwh > limit)) {
				tally.contradictions++;
				return;
			}
			days.add(new CustomerDayUsageRecorded(rs.getString(3), meterNo, rs.getDate(2).toLocalDate(),
					RegistersIngestor.DAY_MINUTES, round(kwh), null, bands[0], bands[1], bands[2], bands[3], null, 0, 0,
					meter == null ? null : meter.tariffCode(), RegistersIngestor.BAND_CALENDAR, null, null, null));
		});
		return days;
	}

	/** Stores register days, never over a day interval data covers. */
	void save(List<CustomerDayUsageRecorded> facts) {
		this.jdbc.batchUpdate("""
				insert into daily_usage (customer_id, day, meter_no, interval_minutes, kwh, hourly_kwh, sharp_kwh,
				  peak_kwh, flat_kwh, valley_kwh, max_demand_kw, missing_share, estimated_share)
				values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, null, 0, 0)
				on conflict (customer_id, day) do update set meter_no = excluded.meter_no,
				  interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, hourly_kwh = null,
				  sharp_kwh = excluded.sharp_kwh, peak_kwh = excluded.peak_kwh, flat_kwh = excluded.flat_kwh,
				  valley_kwh = excluded.valley_kwh, max_demand_kw = null, missing_share = 0, estimated_share = 0,
				  updated_at = now()
				where daily_usage.interval_minutes >= 1440""", facts, 1000, (ps, f) -> {
			ps.setString(1, f.customerId());
			ps.setObject(2, f.day());
			ps.setString(3, f.meterNo());
			ps.setInt(4, f.intervalMinutes());
			ps.setDouble(5, f.kwh());
			ps.setObject(6, f.sharpKwh());
			ps.setObject(7, f.peakKwh());
			ps.setObject(8, f.flatKwh());
			ps.setObject(9, f.valleyKwh());
		});
	}

	private static Double nullable(BigDecimal v) {
		return v == null ? null : round(v.doubleValue());
	}

	private static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

}
