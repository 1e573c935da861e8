package com.gridloop.profile.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Z-score parameters: values by hand, constant columns, round trip, comparison with a previous fit. */
class StandardizationTest {

	@Test
	void fitsMeansAndPopulationSdsAndKeepsConstantColumnsFinite() {
		Standardization z = Standardization.fit(List.of("a", "b"), new double[][] { { 1, 5 }, { 3, 5 }, { 5, 5 } });
		assertThat(z.means()).containsExactly(3.0, 5.0);
		assertThat(z.sds()[0]).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
		assertThat(z.constant(1)).isTrue();
		double[] row = z.apply(new double[] { 5, 7 });
		assertThat(row[0]).isCloseTo(2 / Math.sqrt(8.0 / 3), within(1e-12));
		// A constant column is only centred: a later value off the constant shows as its raw difference.
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

}
