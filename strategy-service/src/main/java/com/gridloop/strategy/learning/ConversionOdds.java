package com.gridloop.strategy.learning;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The probability a launch ranks an offer with for one customer: drawn from, or read off,
 * the cell's posterior. Draws are seeded by campaign, customer and offer, so a relaunch
 * of the same evidence gives the same list. Not thread-safe; one per launch.
 */
public final class ConversionOdds {

	private final Model model;

	private final Exploration exploration;

	private final long campaignSeed;

	private final Map<String, Double> fixed = new HashMap<>();

	ConversionOdds(Model model, Exploration exploration, String campaignId) {
		this.model = model;
		this.exploration = exploration;
		this.campaignSeed = hash(campaignId, 0x9E3779B97F4A7C15L);
	}

	/** P(convert | offer, segment, channel) for the customer, as the launch uses it. */
	public double probability(String offerCode, String segment, String channel, String customerId) {
		String segmentKey = segment == null ? "UNKNOWN" : segment;
		Posterior p = this.model.cellPosterior(offerCode, segmentKey, channel);
		return switch (this.exploration) {
			case MEAN -> p.mean();
			case UPPER_BOUND ->
				this.fixed.computeIfAbsent(Model.key(offerCode, segmentKey, channel), k -> p.quantile(0.95));
			case THOMPSON -> p.draw(hash(customerId + '|' + offerCode, this.campaignSeed));
		};
	}

	/**
	 * The posterior mean of P(convert | offer, segment, channel): what a contact is worth
	 * on average.
	 */
	public double mean(String offerCode, String segment, String channel) {
		return this.model.cellPosterior(offerCode, segment == null ? "UNKNOWN" : segment, channel).mean();
	}

	public Exploration exploration() {
		return this.exploration;
	}

	private static long hash(String text, long seed) {
		long h = seed;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ b) * 0x100000001B3L;
			h ^= h >>> 29;
		}
		return h;
	}

}
