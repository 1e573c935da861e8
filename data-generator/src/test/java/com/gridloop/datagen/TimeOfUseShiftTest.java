package com.gridloop.datagen;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeOfUseShiftTest {

	/**
	 * 48 half-hours of 1 kWh, 30 % moved: the twelve half-hours 17:00-23:00 give 0.3 kWh
	 * each, 3.6 kWh spread over the sixteen valley half-hours (23:00-07:00), 0.225 each.
	 */
	@Test
	void movesTheShareOfThePeakAndSharpHoursToTheValleyKeepingTheDay() {
		double[] kwh = new double[48];
		Arrays.fill(kwh, 1.0);
		double moved = TimeOfUseShift.apply(kwh, 30, 0.3);
		assertThat(moved).isCloseTo(3.6, within(1e-9));
		assertThat(kwh[34]).as("17:00").isCloseTo(0.7, within(1e-9));
		assertThat(kwh[45]).as("22:30").isCloseTo(0.7, within(1e-9));
		assertThat(kwh[46]).as("23:00").isCloseTo(1.225, within(1e-9));
		assertThat(kwh[13]).as("06:30").isCloseTo(1.225, within(1e-9));
		assertThat(kwh[14]).as("07:00").isEqualTo(1.0);
		assertThat(kwh[33]).as("16:30").isEqualTo(1.0);
		assertThat(Arrays.stream(kwh).sum()).isCloseTo(48, within(1e-9));
	}

}
