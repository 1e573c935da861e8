package com.gridloop.strategy.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.strategy.offer.Offer;
import com.gridloop.strategy.offer.OfferCatalogue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What strategy has learnt about who converts on which offer through which channel: a
 * Beta-binomial per offer × segment × channel. Each offer starts from its catalogue prior
 * rate; the evidence of all its cells updates the offer's rate, which is the prior of a
 * cell, and the cell's own evidence updates that.
 */
@Service
@EnableConfigurationProperties(LearningProperties.class)
public record Learning(LearningStore store, OfferCatalogue offers, LearningProperties properties) {

	/**
	 * The current estimate of one cell, or of the whole offer when segment and channel
	 * are "*".
	 */
	public record Estimate(String offerCode, String segment, String channel, double alpha, double beta, double mean,
			double ciLow, double ciHigh, long treated, long conversions, int campaigns) {
	}

	/** Takes an evaluated campaign's cells as the campaign's evidence. */
	public void record(UUID campaignId, List<Evidence> cells, Instant evaluatedAt) {
		this.store.replace(campaignId, cells, evaluatedAt);
	}

	/** Every offer's estimate and every cell with evidence. */
	public List<Estimate> estimates() {
		Model model = model();
		List<Estimate> out = new ArrayList<>();
		for (Offer offer : this.offers.all()) {
			out.add(estimate(offer.code(), "*", "*", model.offers().get(offer.code()),
					model.offerTotals(offer.code())));
			for (LearningStore.CellTotals c : model.cells()) {
				if (c.offerCode().equals(offer.code())) {
					out.add(estimate(c.offerCode(), c.segment(), c.channel(),
							model.cellPosterior(c.offerCode(), c.segment(), c.channel()), c));
				}
			}
		}
		return out;
	}

	/** The probabilities a launch ranks offers with, as the evidence stands now. */
	public ConversionOdds odds(String campaignId) {
		return new ConversionOdds(model(), this.properties.exploration(), campaignId);
	}

	private Model model() {
		Map<String, Posterior> offerPosteriors = new HashMap<>();
		List<LearningStore.CellTotals> cells = this.store.totals();
		for (Offer offer : this.offers.all()) {
			Posterior p = Posterior.prior(offer.priorRate(), this.properties.priorStrength());
			for (LearningStore.CellTotals c : cells) {
				if (c.offerCode().equals(offer.code())) {
					p = p.plus(c.treated(), c.conversions());
				}
			}
			offerPosteriors.put(offer.code(), p);
		}
		return new Model(offerPosteriors, cells, this.properties.priorStrength());
	}

	private static Estimate estimate(String offer, String segment, String channel, Posterior p,
			LearningStore.CellTotals totals) {
		return new Estimate(offer, segment, channel, p.alpha(), p.beta(), p.mean(), p.quantile(0.025),
				p.quantile(0.975), totals == null ? 0 : totals.treated(), totals == null ? 0 : totals.conversions(),
				totals == null ? 0 : totals.campaigns());
	}

}
