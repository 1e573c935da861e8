package com.gridloop.ingestion.weather;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A region's daily minimum and maximum temperature, in °C. */
public record WeatherRecorded(String regionCode, LocalDate day, BigDecimal minTemp, BigDecimal maxTemp) {
}
