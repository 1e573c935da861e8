package com.gridloop.evaluation.stats;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceSequenceTest {

	/**
	 * By hand: V = 0.0001, τ² = 0.0004, α = 0.05: half-width √(0.0001 · 0.0005 / 0.0004 ·
	 * (2 ln 20 + ln 5)) = √(0.000125 · 7.600902) = 0.030824.
	 */
	@Test
	void matchesTheClosedFormByHand() {
		ConfidenceSequence cs = ConfidenceSequence.of(0.05, 0.01, 0.02, 0.05);
		assertThat(cs.ciHigh() - cs.estimate()).isCloseTo(0.030824, within(1e-6));
		assertThat(cs.estimate() - cs.ciLow()).isCloseTo(0.030824, within(1e-6));
		// Wider than the fixed-sample interval (1.96 · 0.01), the price of looking often.
		assertThat(cs.ciHigh() - cs.estimate()).isGreaterThan(1.96 * 0.01);
	}

	/**
	 * A/A campaigns looked at every day for 30 days: the fixed 95 % interval excludes
	 * zero on some day far more often than 5 %, the sequential one stays under it.
	 */
	@Test
	void dailyPeekingAtAnAaCampaignKeepsTheFalsePositiveRate() {
		SplittableRandom random = new SplittableRandom(12);
		int runs = 600;
		int sequentialHits = 0;
		int fixedHits = 0;
		for (int r = 0; r < runs; r++) {
			long nT = 0, xT = 0, nC = 0, xC = 0;
			boolean seq = false, fixed = false;
			for (int day = 0; day < 30; day++) {
				for (int i = 0; i < 200; i++) {
					boolean control = random.nextDouble() < 0.5;
					boolean yes = random.nextDouble() < 0.08;
					if (control) {
						nC++;
						xC += yes ? 1 : 0;
					}
					else {
						nT++;
						xT += yes ? 1 : 0;
					}
				}
				seq |= ConfidenceSequence.ofRates(nT, xT, nC, xC, ConfidenceSequence.TAU, 0.05).excludes(0);
				ProportionComparison p = ProportionComparison.of(nT, xT, nC, xC, 0.95);
				fixed |= p.ciLow() > 0 || p.ciHigh() < 0;
			}
			sequentialHits += seq ? 1 : 0;
			fixedHits += fixed ? 1 : 0;
		}
		assertThat((double) sequentialHits / runs).isLessThanOrEqualTo(0.05);
		assertThat((double) fixedHits / runs).isGreaterThan(0.12);
	}

}
