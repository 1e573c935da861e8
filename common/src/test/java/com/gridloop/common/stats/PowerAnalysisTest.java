package com.gridloop.common.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PowerAnalysisTest {

	/**
	 * By hand: 10 % against 12 % with equal arms needs (1.95996 + 0.84162)² (0.09 +
	 * 0.1056) / 0.02² = 3,838.1 per arm for 80 % power at α = 0.05.
	 */
	@Test
	void theTextbookSampleSizeGivesEightyPercentPower() {
		PowerAnalysis a = PowerAnalysis.of(0.10, 0.02, 0.5, 7676, 0.05);
		assertThat(a.power()).isCloseTo(0.80, within(0.001));
		assertThat(a.mdeAt80()).isCloseTo(0.02, within(0.0001));
	}

	/**
	 * 10,000 customers with a fifth held out: se = √(0.12·0.88/8000 + 0.09/2000) =
	 * 0.007498, power Φ(0.02/se - 1.96) = 0.7459; the uplift reaching 80 % solves d =
	 * 2.8016 se(d): 0.021397.
	 */
	@Test
	void anUnevenSplitNeedsALargerEffect() {
		PowerAnalysis a = PowerAnalysis.of(0.10, 0.02, 0.2, 10_000, 0.05);
		assertThat(a.power()).isCloseTo(0.7459, within(0.0001));
		assertThat(a.mdeAt80()).isCloseTo(0.021397, within(0.000001));
		assertThat(PowerAnalysis.of(0.10, 0.02, 0.2, 40_000, 0.05).power()).isGreaterThan(a.power());
	}

	@Test
	void refusesParametersOutsideTheirRange() {
		assertThatThrownBy(() -> PowerAnalysis.of(0, 0.02, 0.5, 100, 0.05)).hasMessageContaining("baseline");
		assertThatThrownBy(() -> PowerAnalysis.of(0.1, 0.95, 0.5, 100, 0.05)).hasMessageContaining("mde");
		assertThatThrownBy(() -> PowerAnalysis.of(0.1, 0.02, 1, 100, 0.05)).hasMessageContaining("control_share");
		assertThatThrownBy(() -> PowerAnalysis.of(0.1, 0.02, 0.5, 1, 0.05)).hasMessageContaining("n ");
	}

}
