package com.gridloop.strategy.learning;

/** How a launch turns a posterior into the probability it ranks offers with. */
public enum Exploration {

	/**
	 * A draw from the posterior per customer and offer (Thompson sampling): uncertain
	 * offers still win some customers, and the evidence they bring decides the next time.
	 */
	THOMPSON,
	/**
	 * The posterior's 95th percentile (Bayes-UCB): optimism in the face of uncertainty.
	 */
	UPPER_BOUND,
	/** The posterior mean: no exploration. */
	MEAN

}
