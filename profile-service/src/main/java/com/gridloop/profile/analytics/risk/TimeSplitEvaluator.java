package com.gridloop.profile.analytics.risk;

import com.gridloop.profile.analytics.Imputation;
import com.gridloop.profile.analytics.metric.Calibration;
import com.gridloop.profile.analytics.metric.RocAuc;

/**
 * Trains on the earlier part of a history and evaluates on the later part (a time split,
 * not a random one: a risk model is used on the future, and customers' rows of
 * neighbouring months are not independent).
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
	 * @param baselineFeature a feature to rank by alone as the obvious baseline, or null
	 * to use the single feature with the best AUC on the training rows
	 */
	public RiskEvaluation evaluate(RiskTrainer trainer, LabeledHistory history, long testFrom, String baselineFeature) {
		// Inside the history both windows hold a row (its first and its last time);
		// outside, one would be empty.
		if (history.size() == 0 || testFrom <= history.minTime() || testFrom > history.maxTime()) {
			throw new InsufficientHistoryException("Both sides of the split at " + testFrom + " need rows; the history"
					+ (history.size() == 0 ? " is empty" : " spans " + history.minTime() + ".." + history.maxTime()));
		}
		TimeWindow train = new TimeWindow(history.minTime(), testFrom - 1);
		TimeWindow test = new TimeWindow(testFrom, history.maxTime());
		LabeledHistory trainRows = history.within(train);
		LabeledHistory testRows = history.within(test);
		RiskModel model = trainer.train(trainRows, train);
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
		// The baseline ranks missing values at the training median, as the models see
		// them.
		Imputation imputation = Imputation.fit(history.features(), trainRows.x());
		double[][] trainX = imputation.applyAll(trainRows.x());
		int j = baselineFeature == null ? bestSingleFeature(trainX, trainRows.y(), history.features().size())
				: history.features().indexOf(baselineFeature);
		if (j < 0) {
			throw new IllegalArgumentException("No feature " + baselineFeature);
		}
		// The direction of the baseline feature is learnt on the training rows, like any
		// model.
		double sign = RocAuc.of(column(trainX, j), trainRows.y()) >= 0.5 ? 1 : -1;
		double[] baseline = column(imputation.applyAll(testRows.x()), j);
		for (int i = 0; i < baseline.length; i++) {
			baseline[i] *= sign;
		}
		return new RiskEvaluation(model, train, test, trainRows.size(), testRows.size(), trainRate, testRows.baseRate(),
				auc, calibration, baseBrier, history.features().get(j), RocAuc.of(baseline, testRows.y()));
	}

	private static double[] column(double[][] x, int j) {
		double[] out = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			out[i] = x[i][j];
		}
		return out;
	}

	private static int bestSingleFeature(double[][] x, boolean[] y, int features) {
		int best = 0;
		double bestAuc = -1;
		for (int j = 0; j < features; j++) {
			double auc = RocAuc.of(column(x, j), y);
			double strength = Math.max(auc, 1 - auc);
			if (strength > bestAuc) {
				bestAuc = strength;
				best = j;
			}
		}
		return best;
	}

}
