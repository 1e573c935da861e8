package com.gridloop.profile.analytics.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Risk models on data shaped like real data: heavy tails, rare categories, missing
 * values, duplicate features.
 */
class MessyDataRiskTest {

	private static final TimeWindow ALL = new TimeWindow(0, MessyAccounts.MONTHS - 1);

	@Test
	void heavyTailsAndRareCategoriesKeepTheBrierBelowTheBaseRate() {
		LabeledHistory history = MessyAccounts.generate(11L, 3_000);
		RiskEvaluation e = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history,
				MessyAccounts.TEST_FROM, null);
		System.out.println("Messy churn, logistic: " + e.summary());
		System.out.println("    " + e.model().trainingMetrics());
		assertThat(e.auc()).isGreaterThan(0.7);
		// Unbounded z-scores gave 0.103 against 0.053 here: ranked well, probabilities
		// unusable.
		assertThat(e.brier()).isLessThan(e.baseRateBrier());
	}

	@Test
	void penaltyAndBoundAreChosenOnTheLatestTimesOfTheTrainingWindow() {
		LabeledHistory history = MessyAccounts.generate(11L, 1_000);
		RiskEvaluation e = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history,
				MessyAccounts.TEST_FROM, null);
		Map<String, Object> metrics = e.model().trainingMetrics();
		System.out.println("Penalty: " + metrics);
		assertThat(Arrays.stream(SmileLogisticTrainer.LAMBDAS).boxed().toList())
			.contains((Double) metrics.get("lambda"));
		// Training covers t0..8 (churners leave, so later months are smaller): its latest
		// fifth of rows are months
		// 6 to 8, never a test month.
		assertThat(metrics.get("validation_fold")).isEqualTo("t6..8");
		assertThat((Integer) metrics.get("validation_rows")).isBetween(e.trainRows() / 5, e.trainRows() / 2);
		assertThat(Arrays.stream(SmileLogisticTrainer.CLIPS).boxed().toList()).contains((Double) metrics.get("clip"));
		assertThat((Map<?, ?>) metrics.get("validation_log_loss"))
			.hasSize(SmileLogisticTrainer.LAMBDAS.length * SmileLogisticTrainer.CLIPS.length);
	}

	@Test
	void oneNaNCellIsImputedAndCountedNotSpreadToEveryScore() {
		LabeledHistory history = MessyAccounts.generate(11L, 1_000);
		double[][] x = withNaN(history.x(), 17, 1);
		RiskModel model = SmileLogisticTrainer.defaults().train(history.features(), x, history.y(), ALL);
		assertThat(Arrays.stream(model.score(history.x())).allMatch(s -> s >= 0 && s <= 1)).isTrue();
		assertThat(model.score(x[17])).isBetween(0.0, 1.0);
		assertThat(model.trainingMetrics().get("missing_in_training")).isEqualTo(Map.of("margin", 1L));
	}

	@Test
	void boostedTreesImputeAndCountTheMissingCellToo() {
		LabeledHistory history = MessyAccounts.generate(11L, 500);
		double[][] x = withNaN(history.x(), 17, 1);
		RiskModel model = new SmileBoostedTreesTrainer(20, 20, 6, 5, 0.1, 0.7, 7).train(history.features(), x,
				history.y(), ALL);
		assertThat(model.trainingMetrics().get("missing_in_training")).isEqualTo(Map.of("margin", 1L));
		double[] infinite = history.x()[3].clone();
		infinite[1] = Double.POSITIVE_INFINITY;
		assertThat(model.score(x[17])).isBetween(0.0, 1.0);
		assertThat(model.score(infinite)).isBetween(0.0, 1.0);
	}

	@Test
	void aTestStartOutsideTheHistoryIsInsufficientHistory() {
		LabeledHistory history = MessyAccounts.generate(11L, 200);
		TimeSplitEvaluator evaluator = new TimeSplitEvaluator();
		for (long testFrom : new long[] { -3, 0, MessyAccounts.MONTHS, 100 }) {
			assertThatThrownBy(() -> evaluator.evaluate(SmileLogisticTrainer.defaults(), history, testFrom, null))
				.as("testFrom %d", testFrom)
				.isInstanceOf(InsufficientHistoryException.class)
				.hasMessageContaining("0..11");
		}
	}

	@Test
	void nearlyIdenticalFeaturesAreOneDriver() {
		// kwh_drop and kwh_drop_pct measure the same fall (correlation about 0.999);
		// complaints is separate.
		SplittableRandom rng = new SplittableRandom(5);
		int n = 4_000;
		double[][] x = new double[n][];
		boolean[] y = new boolean[n];
		for (int i = 0; i < n; i++) {
			double drop = rng.nextGaussian();
			double complaints = rng.nextGaussian();
			x[i] = new double[] { drop, drop + 0.03 * rng.nextGaussian(), complaints, rng.nextGaussian() };
			y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-(-2 + 1.2 * drop + 0.8 * complaints)));
		}
		List<String> features = List.of("kwh_drop", "kwh_drop_pct", "complaints", "tenure");
		LogisticRiskModel model = SmileLogisticTrainer.defaults().train(features, x, y, ALL);
		List<LogisticRiskModel.Contribution> why = model.topContributions(new double[] { 2, 2, 1, 0 }, 3);
		System.out.println("Why: " + why);
		assertThat(why).extracting(LogisticRiskModel.Contribution::feature)
			.startsWith("kwh_drop / kwh_drop_pct", "complaints")
			.doesNotContain("kwh_drop", "kwh_drop_pct");
		// Together they carry the fall's whole weight, so the merged driver is the
		// stronger one.
		assertThat(why.get(0).logOdds()).isGreaterThan(why.get(1).logOdds());
		assertThat(model.trainingMetrics().get("merged_drivers"))
			.isEqualTo(List.of(List.of("kwh_drop", "kwh_drop_pct")));
	}

	private static double[][] withNaN(double[][] x, int row, int column) {
		double[][] copy = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
		copy[row][column] = Double.NaN;
		return copy;
	}

}
