package com.gridloop.profile.analytics.risk;

import com.gridloop.profile.analytics.metric.Calibration;
import com.gridloop.profile.analytics.metric.RocAuc;

/**
 * Trains on the earlier part of a history and evaluates on the later part (a time split, not a random one: a risk
 * model is used on the future, and customers' rows of neighbouring months are not independent).
 */
public final class TimeSplitEvaluator {

	private final int calibrationBins;

	public TimeSplitEvaluator(int calibrationBins) {
		this.calibrationBins = calibrationBins;
	}

	/** With reliability deciles. */
	public TimeSplitEvaluator() {
		this(10);
	}

	/**
	 * @param trainer the algorithm
	 * @param history all labelled rows
	 * @param testFrom first time index of the test part; rows before it train
	 * @param baselineFeature a feature to rank by alone as the obvious baseline, or null to use the single feature
	 *     with the best AUC on the training rows
	 */
	public RiskEvaluation evaluate(RiskTrainer trainer, LabeledHistory history, long testFrom, String baselineFeature) {
		TimeWindow train = new TimeWindow(history.minTime(), testFrom - 1);
		TimeWindow test = new TimeWindow(testFrom, history.maxTime());
		LabeledHistory trainRows = history.within(train);
		LabeledHistory testRows = history.within(test);
		if (trainRows.size() == 0 || testRows.size() == 0) {
			throw new InsufficientHistoryException("Both sides of the split at " + testFrom + " need rows");
		}
		RiskModel model = trainer.train(history.features(), trainRows.x(), trainRows.y(), train);
		double[] scores = model.score(testRows.x());
		double auc = RocAuc.of(scores, testRows.y());
		Calibration calibration = Calibration.of(scores, testRows.y(), this.calibrationBins);
		double trainRate = trainRows.baseRate();
		double baseBrier = 0;
		for (boolean b : testRows.y()) {
			double d = trainRate - (b ? 1 : 0);
			baseBrier += d * d;
		}
		baseBrier /= testRows.size();
		int j = baselineFeature == null ? bestSingleFeature(trainRows) : history.features().indexOf(baselineFeature);
		if (j < 0) {
			throw new IllegalArgumentException("No feature " + baselineFeature);
		}
		// The direction of the baseline feature is learnt on the training rows, like any model.
		double sign = RocAuc.of(trainRows.column(j), trainRows.y()) >= 0.5 ? 1 : -1;
		double[] baseline = testRows.column(j);
		for (int i = 0; i < baseline.length; i++) {
			baseline[i] *= sign;
		}
		return new RiskEvaluation(model, train, test, trainRows.size(), testRows.size(), trainRate,
				testRows.baseRate(), auc, calibration, baseBrier, history.features().get(j),
				RocAuc.of(baseline, testRows.y()));
	}

	private static int bestSingleFeature(LabeledHistory rows) {
		int best = 0;
		double bestAuc = -1;
		for (int j = 0; j < rows.features().size(); j++) {
			double auc = RocAuc.of(rows.column(j), rows.y());
			double strength = Math.max(auc, 1 - auc);
			if (strength > bestAuc) {
				bestAuc = strength;
				best = j;
			}
		}
		return best;
	}

}
