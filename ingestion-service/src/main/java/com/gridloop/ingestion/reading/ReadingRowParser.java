package com.gridloop.ingestion.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gridloop.ingestion.IngestionProperties.ReadingsProfile;
import com.gridloop.ingestion.read.Columns;
import com.gridloop.ingestion.read.Timestamps;
import com.gridloop.ingestion.customer.MeterDirectory.Meter;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.usage.LocalDayClock;

/**
 * Validates one interval reading: shape, meter, timestamp, interval and value. Keeps its
 * last result in fields instead of allocating one per row.
 */
final class ReadingRowParser {

	static final Map<String, List<String>> COLUMNS = Map.of("meter_no",
			List.of("meter_no", "meter", "meter_id", "lclid", "电能表资产号"), "interval_start",
			List.of("interval_start", "timestamp", "ts", "tstp", "datetime", "数据时间"), "interval_minutes",
			List.of("interval_minutes", "interval", "间隔"), "kwh",
			List.of("kwh", "energy", "energy(kwh/hh)", "value", "电量"), "kvarh",
			List.of("kvarh", "reactive_kvarh", "reactive", "无功电量"));

	static final List<String> REQUIRED = List.of("meter_no", "interval_start", "kwh");

	/** The accepted header names, with a profile's own names added. */
	static Map<String, List<String>> columns(ReadingsProfile profile) {
		Map<String, List<String>> merged = new HashMap<>();
		COLUMNS.forEach((column, names) -> {
			List<String> all = new java.util.ArrayList<>(names);
			all.addAll(profile.columns().getOrDefault(column, List.of()));
			merged.put(column, all);
		});
		return merged;
	}

	private static final Set<Integer> INTERVALS = Set.of(5, 10, 15, 30, 60);

	private static final long EARLIEST = LocalDate.of(2000, 1, 1).toEpochDay();

	private final int meterColumn;

	private final int stampColumn;

	private final int kwhColumn;

	private final int intervalColumn;

	private final int kvarhColumn;

	private final Map<String, Meter> meters;

	/**
	 * The meter of the previous row: files come sorted by meter, so most rows skip the
	 * lookup.
	 */
	private String lastMeterNo;

	private Meter lastMeter;

	private final int defaultInterval;

	private final double maxKwhPerKvaHour;

	private final ZoneId sourceZone;

	private final ZoneId localZone;

	private final boolean sameRegularZone;

	private final long todayEpochDay;

	private final int nowMinuteOfDay;

	private final long nowEpochSecond;

	/**
	 * The local zone's offset when it has no transitions: timestamps written with it need
	 * no conversion.
	 */
	private final int fixedOffset;

	private final Map<Long, LocalDayClock> clocks = new HashMap<>();

	private final Timestamps.Parsed ts = new Timestamps.Parsed();

	// Result of the last parse.
	Meter meter;

	long epochDay;

	LocalDayClock clock;

	int slot;

	int intervalMinutes;

	float kwh;

	/** Reactive energy of the interval, NaN when the file has none. */
	float kvarh;

	Reason reason;

	String message;

	ReadingRowParser(Columns columns, Map<String, Meter> meters, ReadingsProfile profile, double maxKwhPerKvaHour,
			Instant now) {
		this.meterColumn = columns.at("meter_no");
		this.stampColumn = columns.at("interval_start");
		this.kwhColumn = columns.at("kwh");
		this.intervalColumn = columns.at("interval_minutes");
		this.kvarhColumn = columns.at("kvarh");
		this.meters = meters;
		this.defaultInterval = profile.defaultIntervalMinutes();
		this.maxKwhPerKvaHour = maxKwhPerKvaHour;
		this.sourceZone = profile.sourceZone();
		this.localZone = profile.localZone();
		// Chinese exports: written and read on the same clock without daylight saving, so
		// no conversion per row.
		this.sameRegularZone = this.sourceZone.equals(this.localZone) && this.localZone.getRules()
			.nextTransition(LocalDate.ofEpochDay(EARLIEST).atStartOfDay(ZoneOffset.UTC).toInstant()) == null;
		this.fixedOffset = this.localZone.getRules().getOffset(now).getTotalSeconds();
		this.nowEpochSecond = now.getEpochSecond();
		ZonedDateTime localNow = now.atZone(this.sourceZone);
		this.todayEpochDay = localNow.toLocalDate().toEpochDay();
		this.nowMinuteOfDay = localNow.getHour() * 60 + localNow.getMinute();
	}

	/**
	 * @param row the fields in column order, as many as the header has (the reader
	 * checked)
	 * @return true when the row is a valid reading; otherwise {@link #reason} and
	 * {@link #message} say why
	 */
	boolean parse(List<String> row) {
		String meterNo = row.get(this.meterColumn).strip();
		String stamp = row.get(this.stampColumn).strip();
		String value = row.get(this.kwhColumn).strip();
		if (meterNo.isEmpty() || stamp.isEmpty() || value.isEmpty()) {
			return reject(Reason.MISSING_VALUE, "meter_no, interval_start and kwh are required");
		}
		if (!meterNo.equals(this.lastMeterNo)) {
			this.lastMeterNo = meterNo;
			this.lastMeter = this.meters.get(meterNo);
		}
		this.meter = this.lastMeter;
		if (this.meter == null) {
			return reject(Reason.UNKNOWN_METER, "Meter " + meterNo + " belongs to no known customer");
		}
		int interval = this.defaultInterval;
		int intervalColumn = this.intervalColumn;
		if (intervalColumn >= 0) {
			String text = row.get(intervalColumn).strip();
			if (!text.isEmpty()) {
				try {
					interval = Integer.parseInt(text);
				}
				catch (NumberFormatException ex) {
					return reject(Reason.BAD_INTERVAL, "interval_minutes is not a whole number: " + text);
				}
			}
		}
		if (!INTERVALS.contains(interval)) {
			return reject(Reason.BAD_INTERVAL, "interval_minutes " + interval + " is not supported: " + INTERVALS);
		}
		if (!Timestamps.parse(stamp, this.ts)) {
			return reject(Reason.BAD_TIMESTAMP,
					"Not a timestamp (yyyy-MM-dd HH:mm[:ss], ISO-8601 with Z or an offset): " + stamp);
		}
		boolean written = !this.ts.hasOffset() || (this.sameRegularZone && this.ts.offsetSeconds == this.fixedOffset);
		if (written
				? this.ts.epochDay > this.todayEpochDay
						|| (this.ts.epochDay == this.todayEpochDay && this.ts.minuteOfDay >= this.nowMinuteOfDay)
				: startSecond() >= this.nowEpochSecond) {
			return reject(Reason.FUTURE_TIMESTAMP, "Interval starts in the future: " + stamp);
		}
		if (this.ts.epochDay < EARLIEST) {
			return reject(Reason.TOO_OLD, "Interval before 2000-01-01: " + stamp);
		}
		if (this.ts.minuteOfDay % interval != 0 || this.ts.second != 0 || this.ts.nanos != 0) {
			return reject(Reason.MISALIGNED_TIMESTAMP, stamp + " is not on a " + interval + "-minute boundary");
		}
		int elapsed;
		if (this.sameRegularZone && written) {
			this.epochDay = this.ts.epochDay;
			elapsed = this.ts.minuteOfDay;
		}
		else {
			long start = this.ts.hasOffset() ? startSecond()
					: LocalDate.ofEpochDay(this.ts.epochDay)
						.atTime(this.ts.minuteOfDay / 60, this.ts.minuteOfDay % 60)
						.atZone(this.sourceZone)
						.toEpochSecond();
			this.epochDay = Instant.ofEpochSecond(start).atZone(this.localZone).toLocalDate().toEpochDay();
			elapsed = (int) ((start - clock(this.epochDay).start().getEpochSecond()) / 60);
			if (elapsed % interval != 0) {
				// Written on a boundary of another clock (an offset of +05:45, say), but
				// not on one of the local day.
				return reject(Reason.MISALIGNED_TIMESTAMP,
						stamp + " is not on a " + interval + "-minute boundary of the local day");
			}
		}
		this.clock = clock(this.epochDay);
		double kwh;
		try {
			kwh = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return reject(Reason.BAD_NUMBER, "kwh is not a number: " + value);
		}
		if (!Double.isFinite(kwh)) {
			return reject(Reason.BAD_NUMBER, "kwh is not a finite number: " + value);
		}
		if (kwh < 0) {
			return reject(Reason.NEGATIVE_VALUE, "Negative consumption " + value + " kWh");
		}
		double capacity = this.meter.contractedKva() > 0 ? this.meter.contractedKva() : 10_000;
		double limit = capacity * interval / 60.0 * this.maxKwhPerKvaHour;
		if (kwh > limit) {
			return reject(Reason.ABSURD_VALUE, "kwh " + value + " in " + interval + " minutes exceeds "
					+ Math.round(limit) + " kWh, the most " + capacity + " kVA can deliver");
		}
		this.kvarh = Float.NaN;
		String reactive = this.kvarhColumn < 0 ? "" : row.get(this.kvarhColumn).strip();
		if (!reactive.isEmpty()) {
			double kvarh;
			try {
				kvarh = Double.parseDouble(reactive);
			}
			catch (NumberFormatException ex) {
				return reject(Reason.BAD_NUMBER, "kvarh is not a number: " + reactive);
			}
			if (!Double.isFinite(kvarh) || kvarh < 0 || kvarh > limit) {
				return reject(kvarh < 0 ? Reason.NEGATIVE_VALUE : Reason.ABSURD_VALUE,
						"Reactive energy " + reactive + " kvarh is not between 0 and " + Math.round(limit));
			}
			this.kvarh = (float) kvarh;
		}
		this.slot = elapsed / interval;
		this.intervalMinutes = interval;
		this.kwh = (float) kwh;
		this.reason = null;
		return true;
	}

	/** The instant a timestamp written with an offset starts, in epoch seconds. */
	private long startSecond() {
		return this.ts.epochDay * 86_400 + this.ts.minuteOfDay * 60L + this.ts.second - this.ts.offsetSeconds;
	}

	private LocalDayClock clock(long day) {
		LocalDayClock c = this.clocks.get(day);
		if (c == null) {
			c = LocalDayClock.of(this.localZone, LocalDate.ofEpochDay(day));
			this.clocks.put(day, c);
		}
		return c;
	}

	private boolean reject(Reason reason, String message) {
		this.reason = reason;
		this.message = message;
		return false;
	}

}
