package com.gridloop.evaluation.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRatioCheckTest {

	@Test
	void aPlannedSplitPasses() {
		SampleRatioCheck c = SampleRatioCheck.of(9_020, 980, 0.10);
		assertThat(c.mismatch()).isFalse();
		assertThat(c.pValue()).isGreaterThan(0.01);
	}

	@Test
	void aBrokenSplitIsFlagged() {
		// 10 % planned, 8 % observed on 10,000 units: chi-square about 44, p far below
		// 0.001.
		SampleRatioCheck c = SampleRatioCheck.of(9_200, 800, 0.10);
		assertThat(c.mismatch()).isTrue();
		assertThat(c.pValue()).isLessThan(1e-6);
	}

}
