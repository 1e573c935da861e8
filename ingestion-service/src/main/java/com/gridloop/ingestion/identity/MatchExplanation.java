package com.gridloop.ingestion.identity;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair got its decision: the level of every field and the weight it added, the
 * prior, the total match weight and the probability.
 *
 * @param priorWeight log2(λ / (1 - λ)), what the pair starts from before any field is
 * compared
 * @param matchWeight the prior plus every field's weight
 * @param probability 2^matchWeight / (1 + 2^matchWeight)
 */
public record MatchExplanation(String leftRecordId, String rightRecordId, List<FieldContribution> fields,
		double priorWeight, double matchWeight, double probability, Decision decision) {

	/**
	 * One field's part in a decision.
	 *
	 * @param m probability of this level among true matches
	 * @param u probability of this level among non-matches
	 * @param weight log2(m / u), 0 when the field is missing on either side
	 */
	public record FieldContribution(IdentityField field, Level level, String meaning, double m, double u,
			double weight) {
	}

	public FieldContribution field(IdentityField field) {
		return this.fields.stream().filter(c -> c.field() == field).findFirst().orElseThrow();
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "%s ~ %s: %s, probability %.4f, match weight %.2f (prior %.2f)",
				this.leftRecordId, this.rightRecordId, this.decision, this.probability, this.matchWeight,
				this.priorWeight));
		for (FieldContribution c : this.fields) {
			b.append(String.format(Locale.ROOT, "%n  %-8s %-9s %+7.2f  (%s; m %.4g, u %.4g)", c.field(), c.level(),
					c.weight(), c.meaning(), c.m(), c.u()));
		}
		return b.toString();
	}

}
