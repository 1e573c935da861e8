package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Fellegi-Sunter model: for every field and level the probability m of seeing it
 * between records of the same customer and u between different customers, and λ, the
 * probability that two records picked at random belong to the same customer. A pair's
 * match weight is log2(λ / (1 - λ)) plus log2(m / u) of every compared field (a field
 * missing on either side adds 0), and its match probability is 2^w / (1 + 2^w).
 * Immutable.
 */
public final class FellegiSunterModel {

	/** m and u of one level of one field. */
	public record LevelParameters(IdentityField field, Level level, double m, double u) {

		public LevelParameters {
			if (level == Level.MISSING) {
				throw new IllegalArgumentException("MISSING carries no parameters");
			}
			if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
				throw new IllegalArgumentException(field + " " + level + ": m and u must be in (0, 1]");
			}
		}

		public double weight() {
			return log2(this.m / this.u);
		}

	}

	private static final IdentityField[] FIELDS = IdentityField.values();

	private static final int LEVELS = Level.values().length;

	private static final int MISSING = Level.MISSING.ordinal();

	private final double lambda;

	private final double[][] m = new double[FIELDS.length][LEVELS];

	private final double[][] u = new double[FIELDS.length][LEVELS];

	private final double[][] weight = new double[FIELDS.length][LEVELS];

	private final double[] patternWeight = new double[ComparisonPattern.COUNT];

	/**
	 * @param lambda prior probability that two random records match, in (0, 1)
	 * @param parameters m and u for every level of every field (MISSING excluded); each
	 * field's m and u sum to 1
	 */
	public FellegiSunterModel(double lambda, List<LevelParameters> parameters) {
		if (!(lambda > 0 && lambda < 1)) {
			throw new IllegalArgumentException("λ must be in (0, 1), got " + lambda);
		}
		this.lambda = lambda;
		for (LevelParameters p : parameters) {
			int f = p.field().ordinal();
			int l = p.level().ordinal();
			if (!p.field().levels().contains(p.level())) {
				throw new IllegalArgumentException(p.field() + " has no level " + p.level());
			}
			if (this.m[f][l] != 0) {
				throw new IllegalArgumentException("Parameters of " + p.field() + " " + p.level() + " given twice");
			}
			this.m[f][l] = p.m();
			this.u[f][l] = p.u();
			this.weight[f][l] = p.weight();
		}
		for (IdentityField field : FIELDS) {
			double mSum = 0;
			double uSum = 0;
			for (Level level : field.levels()) {
				if (this.m[field.ordinal()][level.ordinal()] == 0) {
					throw new IllegalArgumentException("No parameters for " + field + " " + level);
				}
				mSum += this.m[field.ordinal()][level.ordinal()];
				uSum += this.u[field.ordinal()][level.ordinal()];
			}
			if (Math.abs(mSum - 1) > 1e-3 || Math.abs(uSum - 1) > 1e-3) {
				throw new IllegalArgumentException(field + ": m and u must each sum to 1 over the levels");
			}
			// MISSING: m = u, no evidence.
			this.m[field.ordinal()][MISSING] = 1;
			this.u[field.ordinal()][MISSING] = 1;
		}
		double prior = priorWeight();
		for (int pattern = 0; pattern < ComparisonPattern.COUNT; pattern++) {
			double w = prior;
			int p = pattern;
			for (int f = 0; f < FIELDS.length; f++) {
				w += this.weight[f][p % LEVELS];
				p /= LEVELS;
			}
			this.patternWeight[pattern] = w;
		}
	}

	/**
	 * Parameters that suit a city's customer records (about a million, a quarter of the
	 * customers known to more than one source) before any estimation: a starting point
	 * for EM, or a model to configure when there is no data.
	 */
	public static FellegiSunterModel defaults() {
		List<LevelParameters> p = new ArrayList<>();
		// u: how often two different customers of a city agree so. Namesakes are common,
		// shared addresses (households)
		// rare, shared mobile numbers rarer, shared account numbers next to impossible.
		p.add(new LevelParameters(IdentityField.NAME, Level.EXACT, 0.85, 1e-4));
		p.add(new LevelParameters(IdentityField.NAME, Level.CLOSE, 0.04, 1e-5));
		p.add(new LevelParameters(IdentityField.NAME, Level.FAR, 0.04, 2e-3));
		p.add(new LevelParameters(IdentityField.NAME, Level.DIFFERENT, 0.07, 1 - 2.11e-3));
		p.add(new LevelParameters(IdentityField.PHONE, Level.EXACT, 0.85, 1e-8));
		p.add(new LevelParameters(IdentityField.PHONE, Level.CLOSE, 0.01, 1e-8));
		p.add(new LevelParameters(IdentityField.PHONE, Level.DIFFERENT, 0.14, 1 - 2e-8));
		p.add(new LevelParameters(IdentityField.ADDRESS, Level.EXACT, 0.5, 1e-7));
		p.add(new LevelParameters(IdentityField.ADDRESS, Level.CLOSE, 0.15, 1e-5));
		p.add(new LevelParameters(IdentityField.ADDRESS, Level.FAR, 0.05, 4e-3));
		p.add(new LevelParameters(IdentityField.ADDRESS, Level.DIFFERENT, 0.3, 1 - 4.0101e-3));
		p.add(new LevelParameters(IdentityField.REGION, Level.EXACT, 0.99, 0.09));
		p.add(new LevelParameters(IdentityField.REGION, Level.DIFFERENT, 0.01, 0.91));
		p.add(new LevelParameters(IdentityField.ACCOUNT, Level.EXACT, 0.6, 1e-9));
		p.add(new LevelParameters(IdentityField.ACCOUNT, Level.DIFFERENT, 0.4, 1 - 1e-9));
		return new FellegiSunterModel(1e-6, p);
	}

	public double lambda() {
		return this.lambda;
	}

	public FellegiSunterModel withLambda(double lambda) {
		return new FellegiSunterModel(lambda, parameters());
	}

	public double m(IdentityField field, Level level) {
		return this.m[field.ordinal()][level.ordinal()];
	}

	public double u(IdentityField field, Level level) {
		return this.u[field.ordinal()][level.ordinal()];
	}

	/** log2(m / u) of a level; 0 for MISSING. */
	public double weight(IdentityField field, Level level) {
		return this.weight[field.ordinal()][level.ordinal()];
	}

	/** log2(λ / (1 - λ)): the match weight of a pair about which nothing is known. */
	public double priorWeight() {
		return log2(this.lambda / (1 - this.lambda));
	}

	/** The prior plus the weight of every field of the pattern. */
	public double matchWeight(int pattern) {
		return this.patternWeight[pattern];
	}

	public double probability(int pattern) {
		return probability(this.patternWeight[pattern]);
	}

	public static double probability(double matchWeight) {
		return 1 / (1 + Math.pow(2, -matchWeight));
	}

	/** Every level's parameters, field by field. */
	public List<LevelParameters> parameters() {
		List<LevelParameters> all = new ArrayList<>();
		for (IdentityField field : FIELDS) {
			for (Level level : field.levels()) {
				all.add(new LevelParameters(field, level, m(field, level), u(field, level)));
			}
		}
		return all;
	}

	public MatchExplanation explain(PreparedRecord a, PreparedRecord b, Thresholds thresholds) {
		return explain(a.recordId(), b.recordId(), ComparisonPattern.of(a, b), thresholds);
	}

	public MatchExplanation explain(String leftRecordId, String rightRecordId, int pattern, Thresholds thresholds) {
		List<MatchExplanation.FieldContribution> fields = new ArrayList<>(FIELDS.length);
		for (IdentityField field : FIELDS) {
			Level level = ComparisonPattern.level(pattern, field);
			fields.add(new MatchExplanation.FieldContribution(field, level, field.meaning(level), m(field, level),
					u(field, level), weight(field, level)));
		}
		double probability = probability(pattern);
		return new MatchExplanation(leftRecordId, rightRecordId, List.copyOf(fields), priorWeight(),
				matchWeight(pattern), probability, thresholds.decide(probability));
	}

	/** The parameters as a table, for logs and reports. */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder(
				String.format(Locale.ROOT, "λ %.4g (prior weight %.2f)", this.lambda, priorWeight()));
		for (LevelParameters p : parameters()) {
			b.append(String.format(Locale.ROOT, "%n  %-8s %-9s m %-10.4g u %-10.4g weight %+.2f", p.field(), p.level(),
					p.m(), p.u(), p.weight()));
		}
		return b.toString();
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
