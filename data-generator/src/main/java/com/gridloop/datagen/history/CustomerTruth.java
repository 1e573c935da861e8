package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the generator planted about one customer's history, for tests and the demo to
 * check models against; the files never show it.
 *
 * @param paymentRisk 0-1, raises late payment and arrears
 * @param serviceSensitivity 0-1, raises complaints, above all after outages
 * @param onlinePropensity 0-1, decides the app account, app activity and online payment
 * @param appUser whether the customer has an app account
 * @param appUserId the app account's id, null without one
 * @param activeHourFrom first hour of the three-hour block in which the customer mostly
 * uses the app
 * @param declineFrom first month of a planted fall in consumption, null when none
 * @param monthlyDecline share by which consumption falls each month from then on, 0 when
 * none
 * @param churnMonth the month the customer closed the account in, if they did
 * @param closedDate the day of closing, null when still connected
 * @param months one entry per month of the window
 */
public record CustomerTruth(int index, String consNo, String transformerArea, double paymentRisk,
		double serviceSensitivity, double onlinePropensity, boolean appUser, String appUserId, int activeHourFrom,
		YearMonth declineFrom, double monthlyDecline, Optional<YearMonth> churnMonth, LocalDate closedDate,
		List<MonthTruth> months) {

	public CustomerTruth {
		months = List.copyOf(months);
	}

	public boolean churned() {
		return this.churnMonth.isPresent();
	}

	/** Bill months whose bill went into arrears. */
	public List<YearMonth> arrearsMonths() {
		return this.months.stream().filter(MonthTruth::arrears).map(MonthTruth::month).toList();
	}

	/** Whether the app hour is inside the customer's active block. */
	public boolean activeAt(int hour) {
		return hour >= this.activeHourFrom && hour < this.activeHourFrom + 3;
	}

}
