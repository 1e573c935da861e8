package com.gridloop.strategy.tariff;

/**
 * Prices of a tariff in yuan per kWh: what the customer pays flat today and the band
 * prices of its time-of-use option.
 */
public record Tariff(String code, String name, double flatPrice, String touCode, double sharpPrice, double peakPrice,
		double flatBandPrice, double valleyPrice, String source) {
}
