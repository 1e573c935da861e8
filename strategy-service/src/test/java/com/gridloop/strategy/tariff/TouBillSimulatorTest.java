package com.gridloop.strategy.tariff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TouBillSimulatorTest {

	/**
	 * Hubei residential: flat 0.558; time-of-use option 0.78 / 0.68 / 0.58 / 0.43 yuan
	 * per kWh.
	 */
	private static final Tariff RESIDENTIAL = new Tariff("HB-RES", "Hubei residential", 0.558, "HB-RES-TOU", 0.78, 0.68,
			0.58, 0.43, "test");

	@Test
	void aNightHeavyHouseholdSavesOnTimeOfUse() {
		// 7,000 kWh a year, 10 % sharp, 20 % sharp+peak, 60 % valley, 20 % flat.
		TouBillSimulator.Simulation s = TouBillSimulator.simulate(RESIDENTIAL, 7000, 0.10, 0.20, 0.60, 0);
		assertThat(s.flatBill()).isCloseTo(7000 * 0.558, within(0.01));
		double tou = 700 * 0.78 + 700 * 0.68 + 1400 * 0.58 + 4200 * 0.43;
		assertThat(s.touBill()).isCloseTo(tou, within(0.01));
		assertThat(s.saving()).isCloseTo(7000 * 0.558 - tou, within(0.01)).isPositive();
	}

	@Test
	void anEveningHeavyHouseholdPaysMoreUnlessItShifts() {
		TouBillSimulator.Simulation stay = TouBillSimulator.simulate(RESIDENTIAL, 3000, 0.16, 0.42, 0.22, 0);
		assertThat(stay.saving()).isNegative();
		TouBillSimulator.Simulation shift = TouBillSimulator.simulate(RESIDENTIAL, 3000, 0.16, 0.42, 0.22, 0.5);
		assertThat(shift.touBillAfterShift()).isLessThan(stay.touBill());
		double moved = 3000 * 0.42 * 0.5;
		assertThat(stay.touBill() - shift.touBillAfterShift())
			.isCloseTo(3000 * 0.16 * 0.5 * (0.78 - 0.43) + 3000 * 0.26 * 0.5 * (0.68 - 0.43), within(0.02))
			.isCloseTo(moved * 0.0 + stay.touBill() - shift.touBillAfterShift(), within(0.001));
	}

	@Test
	void aShiftOutsideZeroToOneIsRefused() {
		assertThatThrownBy(() -> TouBillSimulator.simulate(RESIDENTIAL, 1000, 0.1, 0.2, 0.3, 1.5))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
