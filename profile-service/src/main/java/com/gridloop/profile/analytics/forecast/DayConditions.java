package com.gridloop.profile.analytics.forecast;

import java.time.LocalDate;

/**
 * What is known about a day that moves a customer's load: whether it is a rest day
 * (weekend or statutory holiday, with the make-up working days of the Chinese calendar
 * counting as working days) and its temperatures.
 *
 * @param date local date
 * @param restDay weekend or holiday
 * @param maxTemperature daily maximum, °C (forecast for future days)
 * @param minTemperature daily minimum, °C
 */
public record DayConditions(LocalDate date, boolean restDay, double maxTemperature, double minTemperature) {
}
