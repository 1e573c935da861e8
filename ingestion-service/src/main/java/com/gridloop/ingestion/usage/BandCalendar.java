package com.gridloop.ingestion.usage;

/** Which band each hour of each month belongs to. */
public final class BandCalendar {

	private final String name;

	private final Band[][] bands;

	BandCalendar(String name, Band[][] bands) {
		this.name = name;
		this.bands = bands;
	}

	public String name() {
		return this.name;
	}

	/**
	 * @param month 1-12
	 * @param hour 0-23, local time
	 */
	public Band band(int month, int hour) {
		return this.bands[month - 1][hour];
	}

}
