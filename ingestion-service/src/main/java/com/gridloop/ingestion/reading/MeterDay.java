package com.gridloop.ingestion.reading;

import java.util.Arrays;

import com.gridloop.ingestion.customer.MeterDirectory.Meter;

/** The intervals of one meter on one local day, NaN where nothing valid arrived. */
final class MeterDay {

	final Meter meter;

	final long epochDay;

	final int intervalMinutes;

	final float[] kwh;

	MeterDay(Meter meter, long epochDay, int intervalMinutes) {
		this.meter = meter;
		this.epochDay = epochDay;
		this.intervalMinutes = intervalMinutes;
		this.kwh = new float[1440 / intervalMinutes];
		Arrays.fill(this.kwh, Float.NaN);
	}

	int slots() {
		return this.kwh.length;
	}

}
