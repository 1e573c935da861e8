package com.gridloop.profile.analytics.shape;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hourly sums, normalised shapes and the scalar load features on days worked out by hand.
 */
class LoadFeaturesTest {

	@Test
	void intervalsSumToHours() {
		double[] quarterHours = new double[96];
		Arrays.fill(quarterHours, 0.25);
		quarterHours[95] = 1.0;
		double[] hourly = LoadShapes.hourly(quarterHours);
		assertThat(hourly[0]).isEqualTo(1.0);
		assertThat(hourly[23]).isEqualTo(1.75);
	}

	@Test
	void typicalDayAveragesNormalisedDaysAndSkipsEmptyOnes() {
		double[] flat = new double[24];
		Arrays.fill(flat, 1.0);
		double[] evening = new double[24];
		evening[19] = 50.0;
		double[] typical = LoadShapes.typicalDay(new double[][] { flat, evening, new double[24] });
		// (1/24 + 0) / 2 in most hours, (1/24 + 1) / 2 at 19:00; a big day weighs as much
		// as a small one.
		assertThat(typical[0]).isCloseTo(1.0 / 48, within(1e-12));
		assertThat(typical[19]).isCloseTo((1.0 / 24 + 1) / 2, within(1e-12));
		assertThat(Arrays.stream(typical).sum()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void scalarFeaturesByHand() {
		// Working day: 1 kWh every hour except 3 kWh at 18:00 (26 kWh); rest day: 0.5
		// every hour (12 kWh).
		double[] work = new double[24];
		Arrays.fill(work, 1.0);
		work[18] = 3.0;
		double[] rest = new double[24];
		Arrays.fill(rest, 0.5);
		boolean[] peak = new boolean[24];
		Arrays.fill(peak, 16, 24, true);
		double[] f = LoadFeatures.of(new double[][] { work, rest }, new boolean[] { false, true }, peak);
		int base = 24;
		assertThat(f[base]).isCloseTo(Math.log1p(19), within(1e-12));
		// Peak 16-24: (10 + 4) of 38 kWh; night 23-07: (8 + 4) of 38.
		assertThat(f[base + 1]).isCloseTo(14.0 / 38, within(1e-12));
		assertThat(f[base + 2]).isCloseTo(12.0 / 38, within(1e-12));
		// Mean hour 38 / 48 over the highest hour 3.
		assertThat(f[base + 3]).isCloseTo(38.0 / 48 / 3, within(1e-12));
		assertThat(f[base + 4]).isCloseTo(12.0 / 26, within(1e-12));
		// Daily kWh 26 and 12: mean 19, sd 7.
		assertThat(f[base + 5]).isCloseTo(7.0 / 19, within(1e-12));
		assertThat(LoadFeatures.NAMES).hasSize(f.length);
		assertThat(LoadFeatures.NAMES.get(base + 1)).isEqualTo("peak_share");
	}

}
