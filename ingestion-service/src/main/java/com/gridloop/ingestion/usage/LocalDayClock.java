package com.gridloop.ingestion.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The elapsed minutes of one local day and the wall-clock minute each of them shows. A
 * day in a zone with daylight saving lasts 23 or 25 hours twice a year; in Asia/Shanghai
 * every day lasts 24.
 */
public final class LocalDayClock {

	private final Instant start;

	private final int minutes;

	private final ZoneId zone;

	private final boolean regular;

	private LocalDayClock(ZoneId zone, LocalDate date) {
		this.zone = zone;
		this.start = date.atStartOfDay(zone).toInstant();
		Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
		this.minutes = (int) java.time.Duration.between(this.start, end).toMinutes();
		this.regular = this.minutes == 1440
				&& zone.getRules().getOffset(this.start).equals(zone.getRules().getOffset(end.minusSeconds(1)));
	}

	public static LocalDayClock of(ZoneId zone, LocalDate date) {
		return new LocalDayClock(zone, date);
	}

	/** Minutes from local midnight to the next local midnight. */
	public int minutes() {
		return this.minutes;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** Where the day begins on the time line. */
	public Instant start() {
		return this.start;
	}

	/** The wall-clock minute of the day (0-1439) that an elapsed minute shows. */
	public int wallMinute(int elapsedMinute) {
		if (this.regular) {
			return elapsedMinute;
		}
		ZonedDateTime t = this.start.plusSeconds(elapsedMinute * 60L).atZone(this.zone);
		return t.getHour() * 60 + t.getMinute();
	}

}
