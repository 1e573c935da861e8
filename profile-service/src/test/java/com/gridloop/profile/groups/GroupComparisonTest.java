package com.gridloop.profile.groups;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The peak shares (kWh in the trial's dynamic High periods over all kWh, 2013) of the six
 * Low Carbon London households of the test resources, as the end-to-end test computes
 * them by hand from the readings and the published signal: LCL-DTOU MAC000005 0.0558,
 * MAC000014 0.0472, MAC000017 0.0357; LCL-STD MAC000002 0.0587, MAC000006 0.0559,
 * MAC000007 0.0565. Expected figures from R / SciPy ({@code t.test(dtou, std)},
 * {@code quantile(type = 7)}).
 */
class GroupComparisonTest {

	static final double[] DTOU = { 0.0558, 0.0472, 0.0357 };

	static final double[] STD = { 0.0587, 0.0559, 0.0565 };

	@Test
	void summarisesEachTariffGroup() {
		GroupComparison.GroupSummary dtou = GroupComparison.summarise("LCL-DTOU", DTOU);
		assertThat(dtou.n()).isEqualTo(3);
		assertThat(dtou.mean()).isCloseTo(0.0462333, within(1e-7));
		assertThat(dtou.sd()).isCloseTo(0.0100848, within(1e-7));
		assertThat(dtou.min()).isEqualTo(0.0357);
		assertThat(dtou.q25()).isCloseTo(0.04145, within(1e-9));
		assertThat(dtou.median()).isEqualTo(0.0472);
		assertThat(dtou.q75()).isCloseTo(0.0515, within(1e-9));
		assertThat(dtou.max()).isEqualTo(0.0558);
		assertThat(dtou.meanCiLow()).isCloseTo(0.0211813, within(1e-7));
		assertThat(dtou.meanCiHigh()).isCloseTo(0.0712854, within(1e-7));
		GroupComparison.GroupSummary std = GroupComparison.summarise("LCL-STD", STD);
		assertThat(std.meanCiLow()).isCloseTo(0.0533712, within(1e-7));
		assertThat(std.meanCiHigh()).isCloseTo(0.0606955, within(1e-7));
	}

	/**
	 * Welch: -0.0108 in [-0.0351498, 0.0135498], df 2.0854, p 0.2027; ratio 0.810637 in
	 * [0.476374, 1.379446] (delta method on the log scale). Three households a side tell
	 * nothing significant, and the answer says so by its width.
	 */
	@Test
	void comparesTheGroupsByWelchAndByRatio() {
		GroupComparison.Contrast c = GroupComparison.contrast(GroupComparison.summarise("LCL-DTOU", DTOU),
				GroupComparison.summarise("LCL-STD", STD));
		assertThat(c.difference()).isCloseTo(-0.0108, within(1e-9));
		assertThat(c.differenceCiLow()).isCloseTo(-0.0351498, within(1e-7));
		assertThat(c.differenceCiHigh()).isCloseTo(0.0135498, within(1e-7));
		assertThat(c.degreesOfFreedom()).isCloseTo(2.08544, within(1e-5));
		assertThat(c.pValue()).isCloseTo(0.202666, within(1e-6));
		assertThat(c.ratio()).isCloseTo(0.810637, within(1e-6));
		assertThat(c.ratioCiLow()).isCloseTo(0.476374, within(1e-6));
		assertThat(c.ratioCiHigh()).isCloseTo(1.379446, within(1e-6));
	}

	@Test
	void aGroupOfOneHasNoIntervalAndNoContrast() {
		GroupComparison.GroupSummary one = GroupComparison.summarise("one", new double[] { 2 });
		assertThat(one.meanCiLow()).isNull();
		assertThat(one.q25()).isEqualTo(2);
		assertThat(GroupComparison.contrasts(java.util.List.of(one, GroupComparison.summarise("STD", STD)))).isEmpty();
	}

}
