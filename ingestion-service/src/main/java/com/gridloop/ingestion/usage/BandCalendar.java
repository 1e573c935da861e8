package com.gridloop.ingestion.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Which time-of-use band each moment belongs to, on the calendar's own clock: by month
 * and hour for published tariffs (Hubei, Asia/Shanghai wall clock), or by half-hour for a
 * dynamic schedule signalled day ahead (Low Carbon London 2013, GMT).
 */
public final class BandCalendar {

	private final String name;

	private final ZoneId zone;

	private final Band[][] byMonthAndHour;

	private final Map<Long, Band> byHalfHour;

	private final Band outsideSchedule;

	private BandCalendar(String name, ZoneId zone, Band[][] byMonthAndHour, Map<Long, Band> byHalfHour,
			Band outsideSchedule) {
		this.name = name;
		this.zone = zone;
		this.byMonthAndHour = byMonthAndHour;
		this.byHalfHour = byHalfHour;
		this.outsideSchedule = outsideSchedule;
	}

	static BandCalendar hourly(String name, ZoneId zone, Band[][] byMonthAndHour) {
		return new BandCalendar(name, zone, byMonthAndHour, null, null);
	}

	/**
	 * @param byHalfHour band per {@code epochDay * 48 + halfHourOfDay}, on the calendar's
	 * clock
	 * @param outsideSchedule band of any half-hour the schedule does not name
	 */
	static BandCalendar dynamic(String name, ZoneId zone, Map<Long, Band> byHalfHour, Band outsideSchedule) {
		return new BandCalendar(name, zone, null, byHalfHour, outsideSchedule);
	}

	public String name() {
		return this.name;
	}

	/**
	 * The band of the interval starting {@code elapsedMinute} minutes into a customer's
	 * local day.
	 * @param clock the customer's local day
	 */
	public Band band(LocalDayClock clock, LocalDate day, int elapsedMinute) {
		if (this.zone.equals(clock.zone())) {
			return band(day, clock.wallMinute(elapsedMinute));
		}
		ZonedDateTime t = clock.start().plusSeconds(elapsedMinute * 60L).atZone(this.zone);
		return band(t.toLocalDate(), t.getHour() * 60 + t.getMinute());
	}

	/**
	 * The band of a wall-clock minute (0-1439) of a date, both on the calendar's clock.
	 */
	public Band band(LocalDate date, int wallMinute) {
		if (this.byMonthAndHour != null) {
			return this.byMonthAndHour[date.getMonthValue() - 1][wallMinute / 60];
		}
		return this.byHalfHour.getOrDefault(date.toEpochDay() * 48 + wallMinute / 30, this.outsideSchedule);
	}

	/** The band of an instant. */
	public Band band(Instant instant) {
		ZonedDateTime t = instant.atZone(this.zone);
		return band(t.toLocalDate(), t.getHour() * 60 + t.getMinute());
	}

}
