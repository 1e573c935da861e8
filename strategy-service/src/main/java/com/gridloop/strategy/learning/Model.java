package com.gridloop.strategy.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The posteriors at one moment: per offer, and per cell with the offer's rate as the
 * cell's prior.
 */
final class Model {

	private final Map<String, Posterior> offers;

	private final List<LearningStore.CellTotals> cells;

	private final double priorStrength;

	private final Map<String, LearningStore.CellTotals> index = new HashMap<>();

	private final Map<String, Posterior> cellPosteriors = new HashMap<>();

	Model(Map<String, Posterior> offers, List<LearningStore.CellTotals> cells, double priorStrength) {
		this.offers = offers;
		this.cells = cells;
		this.priorStrength = priorStrength;
		cells.forEach(c -> this.index.put(key(c.offerCode(), c.segment(), c.channel()), c));
	}

	Map<String, Posterior> offers() {
		return this.offers;
	}

	List<LearningStore.CellTotals> cells() {
		return this.cells;
	}

	/** The offer's evidence summed over its cells, or null without any. */
	LearningStore.CellTotals offerTotals(String offer) {
		long treated = 0;
		long conversions = 0;
		int campaigns = 0;
		for (LearningStore.CellTotals c : this.cells) {
			if (c.offerCode().equals(offer)) {
				treated += c.treated();
				conversions += c.conversions();
				campaigns = Math.max(campaigns, c.campaigns());
			}
		}
		return treated == 0 ? null : new LearningStore.CellTotals(offer, "*", "*", treated, conversions, campaigns);
	}

	/**
	 * The cell's posterior: the offer's rate as a prior of the configured strength, plus
	 * the cell's evidence.
	 */
	Posterior cellPosterior(String offer, String segment, String channel) {
		return this.cellPosteriors.computeIfAbsent(key(offer, segment, channel), k -> {
			Posterior offerPosterior = this.offers.get(offer);
			double rate = offerPosterior == null ? 0.05 : offerPosterior.mean();
			Posterior p = Posterior.prior(rate, this.priorStrength);
			LearningStore.CellTotals c = this.index.get(k);
			return c == null ? p : p.plus(c.treated(), c.conversions());
		});
	}

	static String key(String offer, String segment, String channel) {
		return offer + '|' + segment + '|' + channel;
	}

}
