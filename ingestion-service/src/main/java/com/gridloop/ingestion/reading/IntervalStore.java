package com.gridloop.ingestion.reading;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.usage.CustomerDayUsageRecorded;
import com.gridloop.ingestion.usage.DailyUsageCalculator;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores meter-days in the monthly partitions of {@code interval_day} with COPY, merging them with what earlier
 * batches stored for the same meter and day, then derives and publishes each day's usage fact.
 */
@Component
class IntervalStore {

	private static final Logger log = LoggerFactory.getLogger(IntervalStore.class);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Outbox outbox;

	private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

	IntervalStore(JdbcTemplate jdbc, DataSource dataSource, Outbox outbox) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.outbox = outbox;
	}

	/** Creates missing monthly partitions; outside the chunk's transaction, so a race between replicas is harmless. */
	void ensurePartitions(Collection<MeterDay> days) {
		for (MeterDay d : days) {
			YearMonth month = YearMonth.from(LocalDate.ofEpochDay(d.epochDay));
			if (this.partitions.contains(month)) {
				continue;
			}
			String table = "interval_day_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
			try {
				this.jdbc.execute("create table if not exists %s partition of interval_day for values from ('%s') to ('%s')"
					.formatted(table, month.atDay(1), month.plusMonths(1).atDay(1)));
			}
			catch (DataAccessException ex) {
				log.debug("Partition {} created concurrently: {}", table, ex.getMessage());
			}
			this.partitions.add(month);
		}
	}

	/**
	 * Merges, stores and publishes one chunk of meter-days; runs inside the chunk's transaction.
	 * @param maxGapSlots longest run of missing intervals to interpolate, per interval length
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(Collection<MeterDay> days, UUID batchId, BatchTally tally, Map<Integer, Integer> maxGapSlots) {
		if (days.isEmpty()) {
			return;
		}
		mergeWithStored(days, tally);
		copy(days, batchId);
		List<CustomerDayUsageRecorded> facts = new ArrayList<>(days.size());
		for (MeterDay d : days) {
			CustomerDayUsageRecorded fact = DailyUsageCalculator.compute(d.meter.customerId(), d.meter.meterNo(),
					d.meter.tariffCode(), d.meter.calendar(), LocalDate.ofEpochDay(d.epochDay), d.intervalMinutes,
					d.kwh, maxGapSlots.get(d.intervalMinutes));
			tally.estimated += Math.round(fact.estimatedShare() * d.slots());
			facts.add(fact);
		}
		saveFacts(facts);
		this.outbox.appendAll(Events.USAGE_RECORDED, facts, CustomerDayUsageRecorded::customerId);
		tally.factsPublished += facts.size();
	}

	/** Earlier batches' values fill this chunk's gaps; where both have a value, this batch's wins. */
	private void mergeWithStored(Collection<MeterDay> days, BatchTally tally) {
		Map<String, MeterDay> byKey = new HashMap<>(days.size() * 2);
		String[] meters = new String[days.size()];
		Date[] dates = new Date[days.size()];
		int i = 0;
		for (MeterDay d : days) {
			byKey.put(d.meter.meterNo() + '|' + d.epochDay, d);
			meters[i] = d.meter.meterNo();
			dates[i++] = Date.valueOf(LocalDate.ofEpochDay(d.epochDay));
		}
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select meter_no, day, interval_minutes, kwh from interval_day
					where (meter_no, day) in (select * from unnest(?::text[], ?::date[]))""");
			ps.setArray(1, con.createArrayOf("text", meters));
			ps.setArray(2, con.createArrayOf("date", dates));
			return ps;
		}, rs -> {
			MeterDay d = byKey.get(rs.getString(1) + '|' + rs.getDate(2).toLocalDate().toEpochDay());
			if (d == null || rs.getInt(3) != d.intervalMinutes) {
				return;
			}
			Object[] stored = (Object[]) rs.getArray(4).getArray();
			for (int s = 0; s < d.kwh.length && s < stored.length; s++) {
				if (stored[s] == null) {
					continue;
				}
				float old = ((Number) stored[s]).floatValue();
				if (Float.isNaN(d.kwh[s])) {
					d.kwh[s] = old;
				}
				else if (d.kwh[s] == old) {
					tally.duplicates++;
					tally.accepted--;
				}
				else {
					tally.conflicts++;
				}
			}
		});
	}

	private void copy(Collection<MeterDay> days, UUID batchId) {
		StringBuilder text = new StringBuilder(days.size() * 600);
		String batch = batchId.toString();
		for (MeterDay d : days) {
			escape(text, d.meter.meterNo()).append('\t').append(LocalDate.ofEpochDay(d.epochDay)).append('\t');
			escape(text, d.meter.customerId()).append('\t').append(d.intervalMinutes).append("\t{");
			for (int s = 0; s < d.kwh.length; s++) {
				if (s > 0) {
					text.append(',');
				}
				if (Float.isNaN(d.kwh[s])) {
					text.append("NULL");
				}
				else {
					text.append(d.kwh[s]);
				}
			}
			text.append("}\t").append(batch).append('\n');
		}
		Connection con = DataSourceUtils.getConnection(this.dataSource);
		try {
			try (var st = con.createStatement()) {
				st.execute("""
						create temp table if not exists interval_day_load (meter_no text, day date, customer_id text,
						  interval_minutes smallint, kwh real[], batch_id uuid) on commit delete rows""");
			}
			con.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy interval_day_load from stdin", new StringReader(text.toString()));
			try (var st = con.createStatement()) {
				st.execute("""
						insert into interval_day (meter_no, day, customer_id, interval_minutes, kwh, batch_id)
						select meter_no, day, customer_id, interval_minutes, kwh, batch_id from interval_day_load
						on conflict (meter_no, day) do update set customer_id = excluded.customer_id,
						  interval_minutes = excluded.interval_minutes, kwh = excluded.kwh,
						  batch_id = excluded.batch_id, updated_at = now()""");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Storing intervals failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(con, this.dataSource);
		}
	}

	private void saveFacts(List<CustomerDayUsageRecorded> facts) {
		this.jdbc.batchUpdate("""
				insert into daily_usage (customer_id, day, meter_no, interval_minutes, kwh, hourly_kwh, sharp_kwh,
				  peak_kwh, flat_kwh, valley_kwh, max_demand_kw, missing_share, estimated_share)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_id, day) do update set meter_no = excluded.meter_no,
				  interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, hourly_kwh = excluded.hourly_kwh,
				  sharp_kwh = excluded.sharp_kwh, peak_kwh = excluded.peak_kwh, flat_kwh = excluded.flat_kwh,
				  valley_kwh = excluded.valley_kwh, max_demand_kw = excluded.max_demand_kw,
				  missing_share = excluded.missing_share, estimated_share = excluded.estimated_share,
				  updated_at = now()""", facts, 1000, (ps, f) -> {
			Float[] hourly = new Float[24];
			for (int h = 0; h < 24; h++) {
				hourly[h] = (float) f.hourlyKwh()[h];
			}
			ps.setString(1, f.customerId());
			ps.setObject(2, f.day());
			ps.setString(3, f.meterNo());
			ps.setInt(4, f.intervalMinutes());
			ps.setDouble(5, f.kwh());
			ps.setArray(6, ps.getConnection().createArrayOf("float4", hourly));
			ps.setDouble(7, f.sharpKwh());
			ps.setDouble(8, f.peakKwh());
			ps.setDouble(9, f.flatKwh());
			ps.setDouble(10, f.valleyKwh());
			ps.setDouble(11, f.maxDemandKw());
			ps.setDouble(12, f.missingShare());
			ps.setDouble(13, f.estimatedShare());
		});
	}

	private static StringBuilder escape(StringBuilder sb, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> sb.append("\\\\");
				case '\t' -> sb.append("\\t");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				default -> sb.append(c);
			}
		}
		return sb;
	}

}
