package com.gridloop.strategy.learning;

import java.util.SplittableRandom;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A Beta posterior of a conversion rate.
 *
 * @param alpha prior pseudo-conversions plus conversions
 * @param beta prior pseudo-non-conversions plus non-conversions
 */
record Posterior(double alpha, double beta) {

	static Posterior prior(double rate, double strength) {
		return new Posterior(rate * strength, (1 - rate) * strength);
	}

	Posterior plus(long treated, long conversions) {
		return new Posterior(this.alpha + conversions, this.beta + Math.max(0, treated - conversions));
	}

	double mean() {
		return this.alpha / (this.alpha + this.beta);
	}

	double quantile(double p) {
		return BetaDistribution.of(this.alpha, this.beta).inverseCumulativeProbability(p);
	}

	/** A draw with its own seed: the same customer, campaign and offer draw the same. */
	double draw(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		return BetaDistribution.of(this.alpha, this.beta).createSampler(random::nextLong).sample();
	}

}
