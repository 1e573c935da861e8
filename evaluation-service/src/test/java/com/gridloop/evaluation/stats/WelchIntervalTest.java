package com.gridloop.evaluation.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WelchIntervalTest {

	/**
	 * R's {@code t.test(extra ~ group, data = sleep)}: t = -1.8608, df = 17.776, p-value
	 * = 0.07939, 95 % interval -3.3654832 to 0.2054832, means 0.75 and 2.33.
	 */
	@Test
	void reproducesRsWelchTestOnTheSleepData() {
		double[] one = { 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0 };
		double[] two = { 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4 };
		WelchInterval w = WelchInterval.of(one, two, 0.95);
		assertThat(w.treatmentMean()).isCloseTo(0.75, within(1e-12));
		assertThat(w.controlMean()).isCloseTo(2.33, within(1e-12));
		assertThat(w.difference()).isCloseTo(-1.58, within(1e-12));
		assertThat(w.degreesOfFreedom()).isCloseTo(17.776, within(0.001));
		assertThat(w.pValue()).isCloseTo(0.07939, within(0.00001));
		assertThat(w.ciLow()).isCloseTo(-3.3654832, within(1e-6));
		assertThat(w.ciHigh()).isCloseTo(0.2054832, within(1e-6));
		assertThat(w.covers(0)).isTrue();
	}

	@Test
	void aConstantOutcomeGivesAPointInterval() {
		WelchInterval w = WelchInterval.of(new double[] { 2, 2, 2 }, new double[] { 1, 1 }, 0.95);
		assertThat(w.difference()).isEqualTo(1);
		assertThat(w.ciLow()).isEqualTo(1);
		assertThat(w.ciHigh()).isEqualTo(1);
	}

	@Test
	void refusesAnArmOfOneValue() {
		assertThatThrownBy(() -> WelchInterval.of(new double[] { 1 }, new double[] { 1, 2 }, 0.95))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void momentsMatchTheTextbookVarianceAndCovariance() {
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample variance 32 / 7.
		Moments m = Moments.of(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 });
		assertThat(m.mean()).isEqualTo(5);
		assertThat(m.variance()).isCloseTo(32.0 / 7, within(1e-12));
		// (1,2), (2,4), (3,7): means 2 and 13/3, co-moment (-1)(-7/3) + 0 + 1(8/3) = 5.
		assertThat(Moments.covariance(new double[] { 1, 2, 3 }, new double[] { 2, 4, 7 })).isCloseTo(2.5,
				within(1e-12));
	}

}
