package com.gridloop.profile.analytics.risk;

import java.util.List;
import java.util.Locale;

import com.gridloop.profile.analytics.Standardization;
import smile.classification.LogisticRegression;

/**
 * Logistic regression with an L2 penalty, fitted by Smile 3.1 (L-BFGS) on z-scored features. The fitted weights are
 * copied out into a {@link LogisticRiskModel}, so nothing of Smile stays in the model.
 */
public final class SmileLogisticTrainer implements RiskTrainer {

	private final double lambda;

	private final double tolerance;

	private final int maxIterations;

	/**
	 * @param lambda L2 penalty on the standardised weights (on the summed log-likelihood, so it matters less as rows
	 *     grow)
	 */
	public SmileLogisticTrainer(double lambda, double tolerance, int maxIterations) {
		this.lambda = lambda;
		this.tolerance = tolerance;
		this.maxIterations = maxIterations;
	}

	/** lambda 1, tolerance 1e-5, 500 iterations. */
	public static SmileLogisticTrainer defaults() {
		return new SmileLogisticTrainer(1.0, 1e-5, 500);
	}

	@Override
	public LogisticRiskModel train(List<String> features, double[][] x, boolean[] y, TimeWindow window) {
		Labels.requireBothClasses(y);
		Standardization z = Standardization.fit(features, x);
		LogisticRegression.Binomial fit = LogisticRegression.binomial(z.applyAll(x), Labels.toInts(y), this.lambda,
				this.tolerance, this.maxIterations);
		// Smile's binomial coefficients are the p weights followed by the intercept.
		double[] c = fit.coefficients();
		double[] w = java.util.Arrays.copyOf(c, features.size());
		return new LogisticRiskModel(z, w, c[features.size()], ModelVersion.of("logistic", describe(), features, window));
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "smile-logistic(lambda=%s,tol=%s,maxIter=%d)", this.lambda, this.tolerance,
				this.maxIterations);
	}

}
