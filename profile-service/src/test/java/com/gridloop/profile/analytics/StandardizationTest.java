package com.gridloop.profile.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Scaling parameters: values by hand, constant columns, round trip, comparison with a
 * previous fit, non-finite values, robust scaling and its bound.
 */
class StandardizationTest {

	@Test
	void fitsMeansAndPopulationSdsAndKeepsConstantColumnsFinite() {
		Standardization z = Standardization.fit(List.of("a", "b"), new double[][] { { 1, 5 }, { 3, 5 }, { 5, 5 } });
		assertThat(z.means()).containsExactly(3.0, 5.0);
		assertThat(z.sds()[0]).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
		assertThat(z.constant(1)).isTrue();
		double[] row = z.apply(new double[] { 5, 7 });
		assertThat(row[0]).isCloseTo(2 / Math.sqrt(8.0 / 3), within(1e-12));
		// A constant column is only centred: a later value off the constant shows as its
		// raw difference.
		assertThat(row[1]).isEqualTo(2.0);
		assertThat(z.invert(row)).containsExactly(new double[] { 5, 7 }, within(1e-12));
		assertThat(Standardization.fit(List.of("a", "b"), new double[][] { { 1, 5 }, { 3, 5 }, { 5, 5 } }))
			.isEqualTo(z);
	}

	@Test
	void comparesWithThePreviousRunInPreviousSds() {
		Standardization lastNight = Standardization.fit(List.of("kwh", "peak_share", "gone"),
				new double[][] { { 10, 0.3, 1 }, { 20, 0.3, 2 }, { 30, 0.3, 3 } });
		Standardization tonight = Standardization.fit(List.of("peak_share", "kwh", "new"),
				new double[][] { { 0.3, 20, 1 }, { 0.3, 30, 1 }, { 0.3, 40, 1 } });
		List<Standardization.Shift> shifts = tonight.compareWith(lastNight);
		assertThat(shifts).extracting(Standardization.Shift::feature).containsExactly("kwh", "peak_share");
		// kwh mean moved from 20 to 30, last night's sd was sqrt(200/3).
		assertThat(shifts.get(0).meanShiftInSd()).isCloseTo(10 / Math.sqrt(200.0 / 3), within(1e-12));
		assertThat(shifts.get(0).sdRatio()).isCloseTo(1.0, within(1e-12));
		assertThat(shifts.get(1).meanShiftInSd()).isCloseTo(0.0, within(1e-12));
	}

	@Test
	void refusesNonFiniteValuesNamingTheColumn() {
		assertThatThrownBy(() -> Standardization.fit(List.of("kwh", "margin"),
				new double[][] { { 1, 5 }, { 3, Double.NaN }, { 5, 5 } }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'margin'")
			.hasMessageContaining("row 1");
		Standardization z = Standardization.fit(List.of("kwh", "margin"), new double[][] { { 1, 5 }, { 3, 6 } });
		assertThatThrownBy(() -> z.apply(new double[] { Double.POSITIVE_INFINITY, 5 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'kwh'");
	}

	@Test
	void robustScalingCentresOnTheMedianAndClipsTails() {
		// margin: a heavy tail; rare: a category seen once in 200 rows (interquartile
		// range 0).
		double[][] rows = new double[200][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = new double[] { i % 5 + 1, i == 7 ? 1 : 0 };
		}
		rows[3][0] = 1e6;
		Standardization z = Standardization.robust(List.of("margin", "rare"), rows, 5);
		assertThat(z.means()).containsExactly(3.0, 0.0);
		// Quartiles 2 and 4: the scale is the interquartile range of a normal column's
		// standard deviation.
		assertThat(z.sds()[0]).isCloseTo(2 / 1.3489795003921634, within(1e-12));
		// The rare category's interquartile range is 0: it keeps its units, 0 or 1.
		assertThat(z.sds()[1]).isEqualTo(1.0);
		assertThat(z.apply(new double[] { 4, 0 })[0]).isCloseTo(1.3489795003921634 / 2, within(1e-12));
		// As plain z-scores, these would be 14.1 for both (740,000 for the margin against
		// the robust scale).
		assertThat(Standardization.fit(List.of("margin", "rare"), rows).apply(new double[] { 1e6, 1 })[1])
			.isCloseTo(14.1, within(0.01));
		assertThat(z.apply(new double[] { 1e6, 1 })).containsExactly(5.0, 1.0);
		// Never past what training reached: the least margin was 1, the rare category
		// never above 1.
		assertThat(z.apply(new double[] { -1e6, 3 })).containsExactly(-1.3489795003921634, 1.0);
		// Parameters stored before the bound existed read back unbounded.
		Standardization stored = new Standardization(List.of("a"), new double[] { 0 }, new double[] { 1 }, 3);
		assertThat(stored.apply(new double[] { 100 })).containsExactly(100.0);
	}

}
