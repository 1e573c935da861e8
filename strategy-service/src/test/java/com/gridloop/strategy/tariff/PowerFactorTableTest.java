package com.gridloop.strategy.tariff;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The national adjustment table of DOMAIN §8, point by point. */
class PowerFactorTableTest {

	@ParameterizedTest(name = "standard {0}, power factor {1} -> {2} %")
	@CsvSource({ "0.90, 1.00, -0.75", "0.90, 0.95, -0.75", "0.90, 0.94, -0.60", "0.90, 0.91, -0.15", "0.90, 0.90, 0",
			"0.90, 0.8949, 0.5", "0.90, 0.89, 0.5", "0.90, 0.70, 10", "0.90, 0.69, 11", "0.90, 0.65, 15",
			"0.90, 0.64, 17", "0.90, 0.60, 25", "0.85, 0.86, -0.1", "0.85, 0.90, -0.5", "0.85, 0.91, -0.65",
			"0.85, 0.93, -0.95", "0.85, 0.94, -1.1", "0.85, 1.00, -1.1", "0.85, 0.84, 0.5", "0.85, 0.65, 10",
			"0.85, 0.60, 15", "0.85, 0.59, 17", "0.80, 0.81, -0.1", "0.80, 0.90, -1.0", "0.80, 0.91, -1.15",
			"0.80, 0.92, -1.3", "0.80, 1.00, -1.3", "0.80, 0.79, 0.5", "0.80, 0.60, 10", "0.80, 0.55, 15",
			"0.80, 0.54, 17" })
	void adjustment(String standard, String powerFactor, String percent) {
		assertThat(PowerFactorTable.percent(new BigDecimal(standard), new BigDecimal(powerFactor)))
			.isEqualByComparingTo(percent);
	}

}
