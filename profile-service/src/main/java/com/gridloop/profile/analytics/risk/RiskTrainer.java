package com.gridloop.profile.analytics.risk;

import java.util.List;

/**
 * Trains a {@link RiskModel} from labelled rows; one implementation per algorithm (and
 * library).
 */
public interface RiskTrainer {

	/**
	 * @param features column names of x
	 * @param x one row per customer and time
	 * @param y whether the event happened (in the outcome window after the row's time)
	 * @param window the time indices the rows come from, for the model's version
	 */
	RiskModel train(List<String> features, double[][] x, boolean[] y, TimeWindow window);

	/**
	 * Trains on labelled rows with their times, so a trainer can hold out its own latest
	 * times to tune on (the default ignores them).
	 */
	default RiskModel train(LabeledHistory rows, TimeWindow window) {
		return train(rows.features(), rows.x(), rows.y(), window);
	}

	/**
	 * Algorithm and parameters in words, e.g. {@code logistic(lambda=1.0)}; part of the
	 * version hash.
	 */
	String describe();

}
