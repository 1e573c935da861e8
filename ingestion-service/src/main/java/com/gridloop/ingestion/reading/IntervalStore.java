package com.gridloop.ingestion.reading;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
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
import com.gridloop.common.jdbc.PgBinaryCopy;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.usage.CustomerDayUsageRecorded;
import com.gridloop.ingestion.usage.DailyUsageCalculator;
import com.gridloop.ingestion.usage.SpikeDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores meter-days in the monthly partitions of {@code interval_day} with COPY, merging
 * them with what earlier batches stored for the same meter and day, then derives, stores
 * and publishes each day's usage fact.
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

	/**
	 * Creates missing monthly partitions; outside the chunk's transaction, so a race
	 * between replicas is harmless.
	 */
	void ensurePartitions(Collection<MeterDay> days) {
		for (MeterDay d : days) {
			YearMonth month = YearMonth.from(LocalDate.ofEpochDay(d.epochDay));
			if (this.partitions.contains(month)) {
				continue;
			}
			String table = "interval_day_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
			try {
				this.jdbc
					.execute("create table if not exists %s partition of interval_day for values from ('%s') to ('%s')"
						.formatted(table, month.atDay(1), month.plusMonths(1).atDay(1)));
			}
			catch (DataAccessException ex) {
				log.debug("Partition {} created concurrently: {}", table, ex.getMessage());
			}
			this.partitions.add(month);
		}
	}

	/**
	 * Merges, stores and publishes one chunk of meter-days; runs inside the chunk's
	 * transaction.
	 * @param maxGapSlots longest run of missing intervals to interpolate, per interval
	 * length
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	StoredCounts write(Collection<MeterDay> days, UUID batchId, Map<Integer, Integer> maxGapSlots, Instant receivedAt,
			Duration timelinessLimit) {
		if (days.isEmpty()) {
			return new StoredCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		long[] merged = mergeWithStored(days);
		long spikes = flagSpikes(days);
		boolean anyStored = merged[2] > 0;
		copyDays(days, batchId, anyStored);
		List<CustomerDayUsageRecorded> facts = new ArrayList<>(days.size());
		long estimated = 0, timely = 0, expected = 0, filled = 0;
		for (MeterDay d : days) {
			expected += d.slots();
			for (float v : d.kwh) {
				filled += Float.isNaN(v) ? 0 : 1;
			}
			Instant dayEnd = d.clock.start().plusSeconds(d.clock.minutes() * 60L);
			timely += receivedAt.isAfter(dayEnd.plus(timelinessLimit)) ? 0 : 1;
			CustomerDayUsageRecorded fact = DailyUsageCalculator.compute(d.meter.customerId(), d.meter.meterNo(),
					d.meter.tariffCode(), d.meter.calendar(), d.clock, d.day(), d.intervalMinutes, d.kwh,
					maxGapSlots.get(d.intervalMinutes), d.spikes, d.kvarh);
			estimated += Math.round(fact.estimatedShare() * d.slots());
			facts.add(fact);
		}
		facts = CustomerDayUsageRecorded.perCustomerDay(facts);
		saveFacts(facts, anyStored);
		this.outbox.appendAll(Events.USAGE_RECORDED, facts, CustomerDayUsageRecorded::customerId);
		return new StoredCounts(merged[0], merged[1], estimated, facts.size(), days.size(), timely, expected, filled,
				spikes);
	}

	/**
	 * Earlier batches' values fill this chunk's gaps; where both have a value, this
	 * batch's wins.
	 * @return duplicates, conflicts, and how many of the meter-days were stored before
	 */
	private long[] mergeWithStored(Collection<MeterDay> days) {
		Map<String, MeterDay> byKey = new HashMap<>(days.size() * 2);
		String[] meters = new String[days.size()];
		Date[] dates = new Date[days.size()];
		int i = 0;
		for (MeterDay d : days) {
			byKey.put(d.meter.meterNo() + '|' + d.epochDay, d);
			meters[i] = d.meter.meterNo();
			dates[i++] = Date.valueOf(LocalDate.ofEpochDay(d.epochDay));
		}
		long[] counts = new long[3];
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select meter_no, day, interval_minutes, kwh from interval_day
					where (meter_no, day) in (select * from unnest(?::text[], ?::date[]))""");
			ps.setArray(1, con.createArrayOf("text", meters));
			ps.setArray(2, con.createArrayOf("date", dates));
			return ps;
		}, rs -> {
			counts[2]++;
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
					counts[0]++;
				}
				else {
					counts[1]++;
				}
			}
		});
		return counts;
	}

	/** Flags spikes of each meter against its own days in the chunk; returns how many. */
	private long flagSpikes(Collection<MeterDay> days) {
		Map<String, List<MeterDay>> byMeter = new HashMap<>();
		for (MeterDay d : days) {
			byMeter.computeIfAbsent(d.meter.meterNo() + '/' + d.intervalMinutes, k -> new ArrayList<>()).add(d);
		}
		long count = 0;
		for (List<MeterDay> meterDays : byMeter.values()) {
			List<int[]> spikes = SpikeDetector.detect(meterDays.stream().map(d -> d.kwh).toList());
			for (int i = 0; i < meterDays.size(); i++) {
				meterDays.get(i).spikes = spikes.get(i);
				count += spikes.get(i).length;
			}
		}
		return count;
	}

	/**
	 * New meter-days are copied straight into their partitions; a chunk touching stored
	 * days goes through an upsert.
	 */
	private void copyDays(Collection<MeterDay> days, UUID batchId, boolean anyStored) {
		PgBinaryCopy rows = new PgBinaryCopy(days.size() * 500);
		for (MeterDay d : days) {
			rows.row(7)
				.text(d.meter.meterNo())
				.date(d.epochDay)
				.text(d.meter.customerId())
				.int2(d.intervalMinutes)
				.float4Array(d.kwh)
				.int2Array(d.spikes)
				.uuid(batchId);
		}
		String columns = "(meter_no, day, customer_id, interval_minutes, kwh, spikes, batch_id)";
		if (!anyStored) {
			rows.copyIn(this.dataSource, "copy interval_day " + columns + " from stdin (format binary)");
			return;
		}
		this.jdbc.execute("""
				create temp table if not exists interval_day_load (meter_no text, day date, customer_id text,
				  interval_minutes smallint, kwh real[], spikes smallint[], batch_id uuid) on commit delete rows""");
		rows.copyIn(this.dataSource, "copy interval_day_load " + columns + " from stdin (format binary)");
		this.jdbc.execute("""
				insert into interval_day (meter_no, day, customer_id, interval_minutes, kwh, spikes, batch_id)
				select meter_no, day, customer_id, interval_minutes, kwh, spikes, batch_id from interval_day_load
				on conflict (meter_no, day) do update set customer_id = excluded.customer_id,
				  interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, spikes = excluded.spikes,
				  batch_id = excluded.batch_id, updated_at = now()""");
	}

	/**
	 * Facts of new meter-days are copied straight in; a chunk touching stored days goes
	 * through an upsert.
	 */
	private void saveFacts(List<CustomerDayUsageRecorded> facts, boolean anyStored) {
		PgBinaryCopy rows = new PgBinaryCopy(facts.size() * 260);
		for (CustomerDayUsageRecorded f : facts) {
			rows.row(16)
				.text(f.customerId())
				.date(f.day())
				.text(f.meterNo())
				.int2(f.intervalMinutes())
				.float8(f.kwh())
				.float4Array(f.hourlyKwh())
				.float8(f.sharpKwh())
				.float8(f.peakKwh())
				.float8(f.flatKwh())
				.float8(f.valleyKwh())
				.float8(f.maxDemandKw())
				.float8(f.missingShare())
				.float8(f.estimatedShare())
				.float8(f.reactiveKvarh())
				.float8(f.reactiveBaseKwh())
				.float8(f.powerFactor());
		}
		String columns = "(customer_id, day, meter_no, interval_minutes, kwh, hourly_kwh, sharp_kwh, peak_kwh, "
				+ "flat_kwh, valley_kwh, max_demand_kw, missing_share, estimated_share, reactive_kvarh, "
				+ "reactive_base_kwh, power_factor)";
		if (!anyStored && !factsStored(facts)) {
			rows.copyIn(this.dataSource, "copy daily_usage " + columns + " from stdin (format binary)");
			return;
		}
		this.jdbc.execute("""
				create temp table if not exists daily_usage_load (customer_id text, day date, meter_no text,
				  interval_minutes smallint, kwh double precision, hourly_kwh real[], sharp_kwh double precision,
				  peak_kwh double precision, flat_kwh double precision, valley_kwh double precision,
				  max_demand_kw double precision, missing_share double precision, estimated_share double precision,
				  reactive_kvarh double precision, reactive_base_kwh double precision, power_factor double precision)
				  on commit delete rows""");
		rows.copyIn(this.dataSource, "copy daily_usage_load " + columns + " from stdin (format binary)");
		this.jdbc.execute("""
				insert into daily_usage (customer_id, day, meter_no, interval_minutes, kwh, hourly_kwh, sharp_kwh,
				  peak_kwh, flat_kwh, valley_kwh, max_demand_kw, missing_share, estimated_share, reactive_kvarh,
				  reactive_base_kwh, power_factor)
				select * from daily_usage_load
				on conflict (customer_id, day) do update set meter_no = excluded.meter_no,
				  interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, hourly_kwh = excluded.hourly_kwh,
				  sharp_kwh = excluded.sharp_kwh, peak_kwh = excluded.peak_kwh, flat_kwh = excluded.flat_kwh,
				  valley_kwh = excluded.valley_kwh, max_demand_kw = excluded.max_demand_kw,
				  missing_share = excluded.missing_share, estimated_share = excluded.estimated_share,
				  reactive_kvarh = excluded.reactive_kvarh, reactive_base_kwh = excluded.reactive_base_kwh,
				  power_factor = excluded.power_factor, updated_at = now()""");
	}

	/**
	 * Whether any of these customer-days has a fact already (a customer's second meter,
	 * for one).
	 */
	private boolean factsStored(List<CustomerDayUsageRecorded> facts) {
		String[] customers = new String[facts.size()];
		Date[] days = new Date[facts.size()];
		for (int i = 0; i < customers.length; i++) {
			customers[i] = facts.get(i).customerId();
			days[i] = Date.valueOf(facts.get(i).day());
		}
		List<Integer> found = this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select 1 from daily_usage where (customer_id, day) in (select * from unnest(?::text[], ?::date[]))
					limit 1""");
			ps.setArray(1, con.createArrayOf("text", customers));
			ps.setArray(2, con.createArrayOf("date", days));
			return ps;
		}, (rs, i) -> 1);
		return !found.isEmpty();
	}

}
