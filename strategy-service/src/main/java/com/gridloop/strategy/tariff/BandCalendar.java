package com.gridloop.strategy.tariff;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Which band a moment belongs to: by local hour and month (a provincial time-of-use
 * calendar), or by a published schedule of fixed-length slots (London's day-ahead
 * signal), which has no band outside its slots.
 */
public final class BandCalendar {

	private final String name;

	private final ZoneId zone;

	private final Band[][] byMonthAndHour;

	private final Map<Instant, Band> schedule;

	private final int slotMinutes;

	private BandCalendar(String name, ZoneId zone, Band[][] byMonthAndHour, Map<Instant, Band> schedule,
			int slotMinutes) {
		this.name = name;
		this.zone = zone;
		this.byMonthAndHour = byMonthAndHour;
		this.schedule = schedule;
		this.slotMinutes = slotMinutes;
	}

	/** A calendar of local hours: {@code grid[month - 1][hour]}, every cell filled. */
	public static BandCalendar hourly(String name, ZoneId zone, Band[][] grid) {
		for (int m = 0; m < 12; m++) {
			for (int h = 0; h < 24; h++) {
				if (grid[m][h] == null) {
					throw new IllegalStateException(
							"Calendar " + name + " leaves month " + (m + 1) + " hour " + h + " without a band");
				}
			}
		}
		return new BandCalendar(name, zone, grid, null, 60);
	}

	/** A published schedule: the band of each slot, keyed by the slot's start. */
	public static BandCalendar schedule(String name, ZoneId zone, Map<Instant, Band> slots, int slotMinutes) {
		return new BandCalendar(name, zone, null, Map.copyOf(slots), slotMinutes);
	}

	public String name() {
		return this.name;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The length of the calendar's smallest unit: an hour, or a schedule slot. */
	public int slotMinutes() {
		return this.slotMinutes;
	}

	/**
	 * The band of the slot holding the moment.
	 * @throws IllegalArgumentException when a schedule has no band for that moment
	 */
	public Band band(Instant moment) {
		if (this.byMonthAndHour != null) {
			ZonedDateTime local = moment.atZone(this.zone);
			return this.byMonthAndHour[local.getMonthValue() - 1][local.getHour()];
		}
		long slotSeconds = this.slotMinutes * 60L;
		Band band = this.schedule
			.get(Instant.ofEpochSecond(Math.floorDiv(moment.getEpochSecond(), slotSeconds) * slotSeconds));
		if (band == null) {
			throw new IllegalArgumentException("calendar " + this.name + " publishes no band for " + moment);
		}
		return band;
	}

	/** Hours in the sharp and peak bands over a whole local month. */
	public double peakHours(YearMonth month) {
		if (this.byMonthAndHour != null) {
			int perDay = 0;
			for (Band b : this.byMonthAndHour[month.getMonthValue() - 1]) {
				perDay += b.isPeak() ? 1 : 0;
			}
			return perDay * (double) month.lengthOfMonth();
		}
		Instant from = month.atDay(1).atStartOfDay(this.zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant();
		long slots = this.schedule.entrySet()
			.stream()
			.filter(e -> e.getValue().isPeak() && !e.getKey().isBefore(from) && e.getKey().isBefore(to))
			.count();
		return slots * this.slotMinutes / 60.0;
	}

}
