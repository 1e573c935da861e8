package com.gridloop.ingestion.reading;

import java.time.LocalDate;
import java.util.Arrays;

import com.gridloop.ingestion.customer.MeterDirectory.Meter;
import com.gridloop.ingestion.usage.LocalDayClock;

/**
 * The intervals of one meter on one local day, NaN where nothing valid arrived. Slot
 * {@code s} starts {@code s * intervalMinutes} minutes after local midnight; a
 * daylight-saving day has fewer or more slots.
 */
final class MeterDay {

	final Meter meter;

	final long epochDay;

	final int intervalMinutes;

	final LocalDayClock clock;

	final float[] kwh;

	/**
	 * Reactive energy per slot (NaN where none came), or null while the meter reported
	 * none that day.
	 */
	float[] kvarh;

	/** Slots flagged as spikes against the meter's own profile (kept, not removed). */
	int[] spikes = new int[0];

	MeterDay(Meter meter, long epochDay, int intervalMinutes, LocalDayClock clock) {
		this.meter = meter;
		this.epochDay = epochDay;
		this.intervalMinutes = intervalMinutes;
		this.clock = clock;
		this.kwh = new float[clock.minutes() / intervalMinutes];
		Arrays.fill(this.kwh, Float.NaN);
	}

	void reactive(int slot, float value) {
		if (this.kvarh == null) {
			this.kvarh = new float[this.kwh.length];
			Arrays.fill(this.kvarh, Float.NaN);
		}
		this.kvarh[slot] = value;
	}

	LocalDate day() {
		return LocalDate.ofEpochDay(this.epochDay);
	}

	int slots() {
		return this.kwh.length;
	}

}
