package com.gridloop.ingestion.identity;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FellegiSunterModelTest {

	@Test
	void matchWeightIsThePriorPlusLog2OfMOverUAndMissingAddsNothing() {
		FellegiSunterModel model = FellegiSunterModel.defaults();
		int pattern = ComparisonPattern.of(Level.EXACT, Level.EXACT, Level.MISSING, Level.MISSING, Level.MISSING);
		double expected = Math.log(1e-6 / (1 - 1e-6)) / Math.log(2) + Math.log(0.85 / 1e-4) / Math.log(2)
				+ Math.log(0.85 / 1e-8) / Math.log(2);
		assertThat(model.matchWeight(pattern)).isCloseTo(expected, within(1e-9));
		assertThat(model.probability(pattern)).isCloseTo(1 / (1 + Math.pow(2, -expected)), within(1e-12));
		assertThat(model.weight(IdentityField.ADDRESS, Level.MISSING)).isZero();
		MatchExplanation explanation = model.explain("a", "b", pattern, Thresholds.defaults());
		double fields = explanation.fields().stream().mapToDouble(MatchExplanation.FieldContribution::weight).sum();
		assertThat(explanation.priorWeight() + fields).isCloseTo(explanation.matchWeight(), within(1e-9));
	}

	@Test
	void refusesIncompleteOrInconsistentParameters() {
		List<FellegiSunterModel.LevelParameters> withoutAccount = FellegiSunterModel.defaults()
			.parameters()
			.stream()
			.filter(p -> p.field() != IdentityField.ACCOUNT)
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> new FellegiSunterModel(1e-6, withoutAccount));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FellegiSunterModel.LevelParameters(IdentityField.NAME, Level.EXACT, 0, 0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FellegiSunterModel.LevelParameters(IdentityField.NAME, Level.MISSING, 0.5, 0.5));
		assertThatIllegalArgumentException().isThrownBy(() -> FellegiSunterModel.defaults().withLambda(1));
	}

	@Test
	void emRecoversPlantedParametersFromUnlabelledPairs() {
		// Planted truth: 8 % of the pairs match; agreement is far likelier among matches.
		double lambda = 0.08;
		double[][] m = { { 0.80, 0.05, 0.10, 0.05 }, { 0.85, 0.03, 0.12 }, { 0.60, 0.20, 0.05, 0.15 }, { 0.95, 0.05 },
				{ 0.70, 0.30 } };
		double[][] u = { { 0.02, 0.01, 0.07, 0.90 }, { 0.002, 0.008, 0.99 }, { 0.005, 0.02, 0.10, 0.875 },
				{ 0.30, 0.70 }, { 0.001, 0.999 } };
		double[] missing = { 0.05, 0.2, 0.4, 0.3, 0.6 };
		SplittableRandom rng = new SplittableRandom(3);
		double[] counts = new double[ComparisonPattern.COUNT];
		for (int pair = 0; pair < 200_000; pair++) {
			boolean match = rng.nextDouble() < lambda;
			Level[] levels = new Level[IdentityField.values().length];
			for (IdentityField field : IdentityField.values()) {
				int f = field.ordinal();
				levels[f] = rng.nextDouble() < missing[f] ? Level.MISSING
						: field.levels().get(draw(match ? m[f] : u[f], rng));
			}
			counts[ComparisonPattern.of(levels)]++;
		}
		FellegiSunterModel start = ExpectationMaximisation.startingPoint(FellegiSunterModel.defaults(), counts, 0.2);
		ExpectationMaximisation.Result result = new ExpectationMaximisation(500, 1e-6).estimate(counts,
				new double[ComparisonPattern.COUNT], start);
		FellegiSunterModel model = result.model();
		assertThat(result.converged()).isTrue();
		assertThat(model.lambda()).isCloseTo(lambda, within(0.005));
		for (IdentityField field : IdentityField.values()) {
			List<Level> levels = field.levels();
			for (int l = 0; l < levels.size(); l++) {
				assertThat(model.m(field, levels.get(l))).as("m of %s %s", field, levels.get(l))
					.isCloseTo(m[field.ordinal()][l], within(0.03));
				assertThat(model.u(field, levels.get(l))).as("u of %s %s", field, levels.get(l))
					.isCloseTo(u[field.ordinal()][l], within(0.01));
			}
			assertThat(model.m(field, Level.EXACT)).isGreaterThan(2 * model.u(field, Level.EXACT));
		}
	}

	@Test
	void outsidePairsMakeUAndLambdaReferToAllPairs() {
		// Ten matches agree on name, phone and region; ninety candidates of one region
		// agree on nothing else; a
		// million pairs outside the candidates agree on nothing.
		double[] candidates = new double[ComparisonPattern.COUNT];
		candidates[ComparisonPattern.of(Level.EXACT, Level.EXACT, Level.MISSING, Level.EXACT, Level.MISSING)] = 10;
		candidates[ComparisonPattern.of(Level.DIFFERENT, Level.DIFFERENT, Level.MISSING, Level.EXACT,
				Level.MISSING)] = 90;
		double[] outside = new double[ComparisonPattern.COUNT];
		outside[ComparisonPattern.of(Level.DIFFERENT, Level.DIFFERENT, Level.MISSING, Level.DIFFERENT,
				Level.MISSING)] = 1_000_000;
		FellegiSunterModel start = ExpectationMaximisation.startingPoint(FellegiSunterModel.defaults(), outside, 1e-5);
		FellegiSunterModel model = new ExpectationMaximisation(200, 1e-6).estimate(candidates, outside, start).model();
		assertThat(model.lambda()).isCloseTo(10 / 1_000_100.0, within(1e-7));
		assertThat(model.m(IdentityField.PHONE, Level.EXACT)).isGreaterThan(0.9);
		assertThat(model.u(IdentityField.PHONE, Level.EXACT)).isLessThan(1e-6);
		// Region agreement is common among the candidates but rare among all pairs, and u
		// says the latter.
		assertThat(model.u(IdentityField.REGION, Level.EXACT)).isCloseTo(90 / 1_000_090.0, within(1e-6));
		// Without the outside pairs, λ and u describe the candidates only.
		FellegiSunterModel candidatesOnly = new ExpectationMaximisation(200, 1e-6)
			.estimate(candidates, new double[ComparisonPattern.COUNT],
					ExpectationMaximisation.startingPoint(FellegiSunterModel.defaults(), candidates, 0.2))
			.model();
		assertThat(candidatesOnly.lambda()).isCloseTo(0.1, within(0.01));
		assertThat(candidatesOnly.u(IdentityField.REGION, Level.EXACT)).isGreaterThan(0.95);
	}

	private static int draw(double[] p, SplittableRandom rng) {
		double x = rng.nextDouble();
		for (int i = 0; i < p.length; i++) {
			x -= p[i];
			if (x < 0) {
				return i;
			}
		}
		return p.length - 1;
	}

}
