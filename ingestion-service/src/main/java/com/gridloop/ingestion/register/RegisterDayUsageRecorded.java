package com.gridloop.ingestion.register;

import java.time.LocalDate;

/**
 * A customer's usage on a day known from its daily register readings: the same fact as an interval day's, without
 * an hourly profile or maximum demand, with bands only where the meters have time-of-use registers.
 *
 * @param intervalMinutes 1440: one value for the day
 */
record RegisterDayUsageRecorded(String customerId, String meterNo, LocalDate day, int intervalMinutes, double kwh,
		double[] hourlyKwh, Double sharpKwh, Double peakKwh, Double flatKwh, Double valleyKwh, Double maxDemandKw,
		double missingShare, double estimatedShare, String tariffCode, String bandCalendar) {

	static final int DAY_MINUTES = 1440;

	static final String BAND_CALENDAR = "METER_REGISTERS";

}
