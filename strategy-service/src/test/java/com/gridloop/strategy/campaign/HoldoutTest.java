package com.gridloop.strategy.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HoldoutTest {

	@Test
	void theSameCustomerAndCampaignAlwaysLandInTheSameArm() {
		assertThat(Holdout.arm("c-1", "camp-1", 0.1)).isEqualTo(Holdout.arm("c-1", "camp-1", 0.1));
		assertThat(Holdout.position("c-1", "camp-1")).isEqualTo(Holdout.position("c-1", "camp-1"));
	}

	@Test
	void theControlShareHoldsAndArmsAreIndependentAcrossCampaigns() {
		int n = 100_000, controlA = 0, both = 0;
		for (int i = 0; i < n; i++) {
			boolean a = Holdout.arm("customer-" + i, "campaign-A", 0.1) == Arm.CONTROL;
			boolean b = Holdout.arm("customer-" + i, "campaign-B", 0.1) == Arm.CONTROL;
			controlA += a ? 1 : 0;
			both += a && b ? 1 : 0;
		}
		// Binomial(100000, 0.1): standard deviation ~95, so 1 % is more than 10 of them.
		assertThat(controlA / (double) n).isCloseTo(0.10, within(0.01));
		assertThat(both / (double) n).isCloseTo(0.01, within(0.002));
	}

	@Test
	void positionsAreInTheUnitInterval() {
		for (int i = 0; i < 1000; i++) {
			assertThat(Holdout.position("c" + i, "x")).isGreaterThanOrEqualTo(0).isLessThan(1);
		}
	}

}
