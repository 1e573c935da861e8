package com.gridloop.ingestion.usage;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cleaned usage of a customer on a local day.
 *
 * @param hourlyKwh kWh in each local hour, 24 values; long gaps count as 0 and show in {@code missingShare}
 * @param maxDemandKw highest interval kWh scaled to an hour
 * @param missingShare share of intervals with no valid reading and too long a gap to interpolate
 * @param estimatedShare share of intervals filled in by interpolation
 * @param bandCalendar the calendar the band kWh were split by
 * @param reactiveKvarh reactive energy over the intervals that measured it, null when the meter reported none
 * @param reactiveBaseKwh active energy over the same intervals (the base of the power factor)
 * @param powerFactor {@code reactiveBaseKwh / √(reactiveBaseKwh² + reactiveKvarh²)}, null without reactive energy
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // most meters report no reactive energy: its fields are left out
public record CustomerDayUsageRecorded(String customerId, String meterNo, LocalDate day, int intervalMinutes,
		double kwh, double[] hourlyKwh, double sharpKwh, double peakKwh, double flatKwh, double valleyKwh,
		double maxDemandKw, double missingShare, double estimatedShare, String tariffCode, String bandCalendar,
		Double reactiveKvarh, Double reactiveBaseKwh, Double powerFactor) {
}
