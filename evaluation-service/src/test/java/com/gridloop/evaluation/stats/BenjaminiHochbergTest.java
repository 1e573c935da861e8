package com.gridloop.evaluation.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenjaminiHochbergTest {

	/**
	 * The fifteen p-values of Benjamini and Hochberg (1995), section 4: at q = 0.05 the
	 * procedure rejects the four smallest. Adjusted values as R's
	 * {@code p.adjust(p, "BH")} (and SciPy's false_discovery_control) give them.
	 */
	@Test
	void reproducesThePublishedExample() {
		double[] p = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
				0.6528, 0.7590, 1.000 };
		double[] expected = { 0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714, 0.06385714, 0.0645, 0.0765, 0.486,
				0.58118182, 0.714875, 0.75323077, 0.81321429, 1.0 };
		double[] adjusted = BenjaminiHochberg.adjust(p);
		for (int i = 0; i < p.length; i++) {
			assertThat(adjusted[i]).as("p[%d]", i).isCloseTo(expected[i], within(1e-7));
		}
		long rejected = java.util.Arrays.stream(adjusted).filter(a -> a <= 0.05).count();
		assertThat(rejected).isEqualTo(4);
	}

	/** Order does not matter: the adjusted values follow their raw ones. */
	@Test
	void keepsTheOrderOfTheRawValues() {
		double[] adjusted = BenjaminiHochberg.adjust(new double[] { 0.04, 0.01, 0.03, 0.02, 0.05 });
		// 0.01 * 5 / 1 = 0.05, and every later p(j) m / j is 0.05 too.
		assertThat(adjusted).containsExactly(new double[] { 0.05, 0.05, 0.05, 0.05, 0.05 }, within(1e-12));
		assertThat(BenjaminiHochberg.adjust(new double[] { 0.3, 0.001 })).containsExactly(new double[] { 0.3, 0.002 },
				within(1e-12));
	}

}
