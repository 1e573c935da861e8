package com.gridloop.profile.analytics.risk;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Churn and arrears models trained on the first months of a synthetic history with
 * planted risk find it in the last months, and beat the base rate and the single most
 * obvious feature.
 */
class RiskModelTest {

	private static final int MONTHS = 24;

	/** Train on months 6-17, test on 18-23. */
	private static final long TEST_FROM = 18;

	private static SyntheticAccounts.History history;

	@BeforeAll
	static void generate() {
		history = SyntheticAccounts.generate(2026L, 4_000, MONTHS);
	}

	@Test
	void logisticChurnModelFindsThePlantedRisk() {
		// No baseline feature named: the single feature that ranks best on the training
		// months.
		RiskEvaluation e = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history.churn(),
				TEST_FROM, null);
		System.out.println("Churn, logistic: " + e.summary());
		print(e);
		assertThat(e.auc()).isGreaterThanOrEqualTo(0.8);
		assertThat(e.beatsBaselines()).isTrue();
		assertThat(e.auc()).isGreaterThan(e.baselineAuc() + 0.02);
		assertThat(e.trainWindow().to()).isLessThan(e.testWindow().from());
		// The weights point the planted way: complaints and outages raise churn, rising
		// consumption lowers it.
		LogisticRiskModel model = (LogisticRiskModel) e.model();
		double[] w = model.weights();
		assertThat(w[SyntheticAccounts.FEATURES.indexOf("complaints_90d")]).isPositive();
		assertThat(w[SyntheticAccounts.FEATURES.indexOf("outage_minutes_90d")]).isPositive();
		assertThat(w[SyntheticAccounts.FEATURES.indexOf("kwh_change_3m")]).isNegative();
		assertThat(e.calibration().expectedCalibrationError()).isLessThan(0.02);
	}

	@Test
	void logisticArrearsModelFindsThePlantedRisk() {
		RiskEvaluation e = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history.arrears(),
				TEST_FROM, "late_payments_12m");
		System.out.println("Arrears, logistic: " + e.summary());
		print(e);
		assertThat(e.auc()).isGreaterThanOrEqualTo(0.8);
		assertThat(e.beatsBaselines()).isTrue();
		assertThat(e.calibration().expectedCalibrationError()).isLessThan(0.02);
	}

	@Test
	void boostedTreesFindThePlantedRiskToo() {
		long t0 = System.nanoTime();
		RiskEvaluation churn = new TimeSplitEvaluator().evaluate(SmileBoostedTreesTrainer.defaults(7), history.churn(),
				TEST_FROM, null);
		RiskEvaluation arrears = new TimeSplitEvaluator().evaluate(SmileBoostedTreesTrainer.defaults(7),
				history.arrears(), TEST_FROM, null);
		System.out.printf("Boosted trees, both models: %.1f s%n", (System.nanoTime() - t0) / 1e9);
		System.out.println("Churn, boosted trees: " + churn.summary());
		System.out.println("Arrears, boosted trees: " + arrears.summary());
		assertThat(churn.auc()).isGreaterThanOrEqualTo(0.8);
		assertThat(arrears.auc()).isGreaterThanOrEqualTo(0.8);
		assertThat(churn.beatsBaselines()).isTrue();
		assertThat(arrears.beatsBaselines()).isTrue();
	}

	@Test
	void versionNamesAlgorithmParametersAndWindow() {
		RiskEvaluation a = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history.churn(),
				TEST_FROM, null);
		RiskEvaluation b = new TimeSplitEvaluator().evaluate(new SmileLogisticTrainer(10, 1e-5, 500), history.churn(),
				TEST_FROM, null);
		RiskEvaluation c = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history.churn(),
				TEST_FROM - 1, null);
		assertThat(a.model().version()).startsWith("logistic-").endsWith("-t6..17");
		assertThat(b.model().version()).isNotEqualTo(a.model().version());
		assertThat(c.model().version()).endsWith("-t6..16");
		RiskEvaluation again = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history.churn(),
				TEST_FROM, null);
		assertThat(again.model().version()).isEqualTo(a.model().version());
		assertThat(again.auc()).isEqualTo(a.auc());
	}

	private static void print(RiskEvaluation e) {
		e.calibration()
			.bins()
			.forEach(b -> System.out.printf("    bin n=%d predicted %.4f observed %.4f%n", b.count(), b.meanPredicted(),
					b.observedRate()));
	}

}
