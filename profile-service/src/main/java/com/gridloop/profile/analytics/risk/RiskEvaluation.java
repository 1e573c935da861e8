package com.gridloop.profile.analytics.risk;

import java.util.Locale;

import com.gridloop.profile.analytics.metric.Calibration;

/**
 * A risk model trained on earlier times and measured on later ones, next to trivial
 * baselines, so a caller can show that the model is worth more than the obvious.
 *
 * @param model the model trained on the training window
 * @param trainWindow times trained on
 * @param testWindow times evaluated on (all later than the training window)
 * @param trainRows rows trained on
 * @param testRows rows evaluated on
 * @param trainBaseRate share of events in training
 * @param testBaseRate share of events in test
 * @param auc ROC AUC of the model on the test rows
 * @param calibration reliability deciles and Brier score of the model on the test rows
 * @param baseRateBrier Brier score on the test rows of predicting the training base rate
 * for everyone (its AUC is 0.5)
 * @param baselineFeature the single feature used as a baseline score
 * @param baselineAuc test AUC of ranking by that feature alone (sign chosen on the
 * training rows)
 */
public record RiskEvaluation(RiskModel model, TimeWindow trainWindow, TimeWindow testWindow, int trainRows,
		int testRows, double trainBaseRate, double testBaseRate, double auc, Calibration calibration,
		double baseRateBrier, String baselineFeature, double baselineAuc) {

	public double brier() {
		return this.calibration.brier();
	}

	/**
	 * Brier skill against the base rate: 1 - brier / baseRateBrier (0 = no better, 1 =
	 * perfect).
	 */
	public double brierSkill() {
		return 1 - brier() / this.baseRateBrier;
	}

	/**
	 * Ranks better than the best single feature and than chance, and predicts better than
	 * the base rate.
	 */
	public boolean beatsBaselines() {
		return this.auc > Math.max(0.5, this.baselineAuc) && brier() < this.baseRateBrier;
	}

	public String summary() {
		return String.format(Locale.ROOT,
				"%s: trained on %s (%d rows, %.1f%% events), tested on %s (%d rows, %.1f%% events): AUC %.3f vs %.3f for"
						+ " %s alone and 0.500 for the base rate; Brier %.4f vs %.4f for the base rate (skill %.2f);"
						+ " ECE %.4f",
				this.model.version(), this.trainWindow, this.trainRows, 100 * this.trainBaseRate, this.testWindow,
				this.testRows, 100 * this.testBaseRate, this.auc, this.baselineAuc, this.baselineFeature, brier(),
				this.baseRateBrier, brierSkill(), this.calibration.expectedCalibrationError());
	}

}
