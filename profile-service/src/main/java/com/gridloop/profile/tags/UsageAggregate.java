package com.gridloop.profile.tags;

import java.time.LocalDate;

/** What a customer's usage days add up to over a tag window; the input of consumption tags. */
public record UsageAggregate(int days, double kwh, double sharpKwh, double peakKwh, double flatKwh,
		double valleyKwh, double maxDemandKw, double dailyMean, double dailyStdDev, LocalDate from, LocalDate to) {
}
