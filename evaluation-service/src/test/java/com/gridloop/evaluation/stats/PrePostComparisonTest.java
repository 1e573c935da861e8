package com.gridloop.evaluation.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrePostComparisonTest {

	/**
	 * Five customers per arm, values checked with NumPy and SciPy's Welch test: θ =
	 * 0.719697, variance reduction 0.875152; post difference 0.1 in [-2.010243,
	 * 2.210243], difference-in-differences -0.7 in [-1.629021, 0.229021], CUPED -0.475758
	 * in [-1.087616, 0.136101].
	 */
	@Test
	void matchesAHandCheckedExample() {
		PrePostComparison c = PrePostComparison.of(new double[] { 2, 3, 5, 4, 6 }, new double[] { 2.5, 3, 4, 4.5, 5 },
				new double[] { 3, 1, 4, 6, 2 }, new double[] { 3.5, 1.5, 4.5, 6, 3 }, 0.95);
		assertThat(c.theta()).isCloseTo(0.719697, within(1e-6));
		assertThat(c.varianceReduction()).isCloseTo(0.875152, within(1e-6));
		assertThat(c.post().difference()).isCloseTo(0.1, within(1e-12));
		assertThat(c.post().ciLow()).isCloseTo(-2.010243, within(1e-6));
		assertThat(c.differenceInDifferences().difference()).isCloseTo(-0.7, within(1e-12));
		assertThat(c.differenceInDifferences().ciHigh()).isCloseTo(0.229021, within(1e-6));
		assertThat(c.cuped().difference()).isCloseTo(-0.475758, within(1e-6));
		assertThat(c.cuped().ciLow()).isCloseTo(-1.087616, within(1e-6));
		assertThat(c.cuped().ciHigh()).isCloseTo(0.136101, within(1e-6));
	}

}
