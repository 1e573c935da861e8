package com.gridloop.datagen;

/**
 * A household on a time-of-use tariff moving load out of the evening: a share of every
 * interval in the peak and sharp bands of the Hubei residential time-of-use calendar
 * (17:00-23:00) goes to the night valley (23:00-07:00), spread evenly over its intervals;
 * the day's total stays. Each interval's kWh leaves in whole watt-hours, as the readings
 * are written, so the kWh moved is what the meter data show.
 */
public final class TimeOfUseShift {

	/** First hour of the peak and sharp bands. */
	public static final int PEAK_FROM = 17;

	/** Hour the peak and sharp bands end and the valley begins. */
	public static final int PEAK_TO = 23;

	/** Hour the valley ends. */
	public static final int VALLEY_TO = 7;

	private TimeOfUseShift() {
	}

	/**
	 * Moves the share of the day's peak and sharp kWh to the valley, in place.
	 * @param kwh the day's intervals, local time
	 * @param intervalMinutes their length
	 * @param share of each peak or sharp interval's kWh moved
	 * @return the kWh moved out of the peak and sharp bands
	 */
	public static double apply(double[] kwh, int intervalMinutes, double share) {
		double moved = 0;
		int valley = 0;
		for (int s = 0; s < kwh.length; s++) {
			int hour = s * intervalMinutes / 60;
			if (hour >= PEAK_FROM && hour < PEAK_TO) {
				double out = Math.round(kwh[s] * share * 1000) / 1000.0;
				kwh[s] -= out;
				moved += out;
			}
			else if (hour >= PEAK_TO || hour < VALLEY_TO) {
				valley++;
			}
		}
		for (int s = 0; s < kwh.length; s++) {
			int hour = s * intervalMinutes / 60;
			if (hour >= PEAK_TO || hour < VALLEY_TO) {
				kwh[s] += moved / valley;
			}
		}
		return moved;
	}

}
