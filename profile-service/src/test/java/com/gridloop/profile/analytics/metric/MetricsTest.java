package com.gridloop.profile.analytics.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ARI, AUC and calibration against values worked out by hand. */
class MetricsTest {

	@Test
	void adjustedRandIndexByHand() {
		// Contingency [[2,1,0],[0,1,2]]: index = 2, row pairs 3+3 = 6, column pairs 1+1+1
		// = 3, all pairs 15;
		// expected = 6 * 3 / 15 = 1.2, max = 4.5, ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8 /
		// 3.3.
		assertThat(AdjustedRandIndex.of(new int[] { 0, 0, 0, 1, 1, 1 }, new int[] { 0, 0, 1, 1, 2, 2 }))
			.isCloseTo(0.8 / 3.3, within(1e-12));
		// Label names do not matter.
		assertThat(AdjustedRandIndex.of(new int[] { 0, 0, 1, 1, 2 }, new int[] { 7, 7, -3, -3, 9 })).isEqualTo(1.0);
		// Crossed halves: index 0, expected 4/6, max 2: ARI = -(2/3) / (4/3) = -0.5.
		assertThat(AdjustedRandIndex.of(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 })).isCloseTo(-0.5,
				within(1e-12));
		// Symmetric.
		int[] a = { 0, 1, 1, 2, 2, 2, 0, 1 };
		int[] b = { 1, 1, 0, 2, 2, 0, 0, 1 };
		assertThat(AdjustedRandIndex.of(a, b)).isCloseTo(AdjustedRandIndex.of(b, a), within(1e-15));
	}

	@Test
	void aucByHandWithTies() {
		// Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ordered
		// right.
		assertThat(RocAuc.of(new double[] { 0.1, 0.4, 0.35, 0.8 }, new boolean[] { false, false, true, true }))
			.isCloseTo(0.75, within(1e-12));
		// Positive 0.9 beats both negatives (2), positive 0.5 ties both (2 x 1/2): 3 / 4.
		assertThat(RocAuc.of(new double[] { 0.5, 0.5, 0.5, 0.9 }, new boolean[] { false, true, false, true }))
			.isCloseTo(0.75, within(1e-12));
		assertThat(RocAuc.of(new double[] { 1, 1, 1, 1 }, new boolean[] { false, true, false, true })).isEqualTo(0.5);
		assertThat(RocAuc.of(new double[] { 3, 2, 1 }, new boolean[] { true, false, false })).isEqualTo(1.0);
		assertThat(RocAuc.of(new double[] { 3, 2, 1 }, new boolean[] { false, false, true })).isEqualTo(0.0);
		assertThat(RocAuc.of(new double[] { 0.2, 0.3 }, new boolean[] { false, false })).isNaN();
	}

	@Test
	void calibrationByHand() {
		double[] p = { 0.1, 0.1, 0.2, 0.2, 0.8, 0.9 };
		boolean[] y = { false, false, false, true, true, true };
		Calibration c = Calibration.of(p, y, 3);
		assertThat(c.bins()).hasSize(3);
		assertThat(c.bins().get(0).meanPredicted()).isCloseTo(0.1, within(1e-12));
		assertThat(c.bins().get(0).observedRate()).isEqualTo(0.0);
		assertThat(c.bins().get(1).meanPredicted()).isCloseTo(0.2, within(1e-12));
		assertThat(c.bins().get(1).observedRate()).isEqualTo(0.5);
		assertThat(c.bins().get(2).meanPredicted()).isCloseTo(0.85, within(1e-12));
		assertThat(c.bins().get(2).observedRate()).isEqualTo(1.0);
		// (0.01 + 0.01 + 0.04 + 0.64 + 0.04 + 0.01) / 6
		assertThat(c.brier()).isCloseTo(0.75 / 6, within(1e-12));
		// (0.1 + 0.3 + 0.15) / 3
		assertThat(c.expectedCalibrationError()).isCloseTo(0.55 / 3, within(1e-12));
		assertThat(c.baseRate()).isEqualTo(0.5);
		assertThat(c.baseRateBrier()).isEqualTo(0.25);
	}

	@Test
	void tiedPredictionsShareABin() {
		Calibration c = Calibration.of(new double[] { 0.1, 0.1, 0.1, 0.2 }, new boolean[] { false, true, false, true },
				2);
		assertThat(c.bins()).hasSize(2);
		assertThat(c.bins().get(0).count()).isEqualTo(3);
		assertThat(c.bins().get(0).observedRate()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(c.bins().get(1).count()).isEqualTo(1);
	}

	@Test
	void decilesOfAPerfectlyCalibratedModel() {
		// Predictions 0.05, 0.15, ... each 100 times with exactly that share of events:
		// every bin on the diagonal.
		double[] p = new double[1000];
		boolean[] y = new boolean[1000];
		for (int b = 0; b < 10; b++) {
			for (int i = 0; i < 100; i++) {
				p[b * 100 + i] = 0.05 + 0.1 * b;
				y[b * 100 + i] = i < 5 + 10 * b;
			}
		}
		Calibration c = Calibration.of(p, y, 10);
		assertThat(c.bins()).hasSize(10);
		c.bins().forEach(bin -> assertThat(bin.observedRate()).isCloseTo(bin.meanPredicted(), within(1e-12)));
		assertThat(c.expectedCalibrationError()).isCloseTo(0, within(1e-12));
	}

}
