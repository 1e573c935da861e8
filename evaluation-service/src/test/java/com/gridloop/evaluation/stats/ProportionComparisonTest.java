package com.gridloop.evaluation.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionComparisonTest {

	/**
	 * Newcombe (1998), Table II, example (a): 56/70 against 48/80 gives 0.2000, 95 % CI
	 * 0.0524 to 0.3339.
	 */
	@Test
	void reproducesNewcombesPublishedExample() {
		ProportionComparison c = ProportionComparison.of(70, 56, 80, 48, 0.95);
		assertThat(c.difference()).isCloseTo(0.2, within(1e-9));
		assertThat(c.ciLow()).isCloseTo(0.0524, within(0.0001));
		assertThat(c.ciHigh()).isCloseTo(0.3339, within(0.0001));
	}

	/**
	 * 10/10 against 0/20, worked by hand: Wilson limits are [10 / 13.8416, 1] = [0.7225,
	 * 1] and [0, 3.8416 / 23.8416] = [0, 0.1611], so the lower limit is 1 - sqrt(0.2775^2
	 * + 0.1611^2) = 0.6791 and the upper limit stays at 1.
	 */
	@Test
	void staysInsideMinusOneToOneAtTheExtremes() {
		ProportionComparison c = ProportionComparison.of(10, 10, 20, 0, 0.95);
		assertThat(c.ciLow()).isCloseTo(0.6791, within(0.0001));
		assertThat(c.ciHigh()).isCloseTo(1.0, within(0.0001));
	}

	@Test
	void equalRatesGiveAnIntervalAroundZeroAndAHighPValue() {
		ProportionComparison c = ProportionComparison.of(1000, 50, 1000, 50, 0.95);
		assertThat(c.difference()).isZero();
		assertThat(c.ciLow()).isNegative();
		assertThat(c.ciHigh()).isPositive();
		assertThat(c.pValue()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void needsBothArms() {
		assertThatThrownBy(() -> ProportionComparison.of(0, 0, 10, 1, 0.95))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
