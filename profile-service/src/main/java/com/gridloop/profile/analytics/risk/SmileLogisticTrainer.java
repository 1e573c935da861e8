package com.gridloop.profile.analytics.risk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gridloop.profile.analytics.Imputation;
import com.gridloop.profile.analytics.Standardization;
import smile.classification.LogisticRegression;

/**
 * Logistic regression with an L2 penalty, fitted by Smile 3.1 (L-BFGS) on median-imputed
 * (with "was missing" indicators), robustly scaled features bounded to their training
 * range and to +-clip (see {@link Standardization#robust}). The penalty and the bound are
 * chosen from grids by log-loss on the latest fifth of the training window
 * ({@link PenaltySelection}), then the model is refitted on the whole window. The bound
 * is chosen because the right one depends on the data: a tail whose risk levels off wants
 * a tight one, a signal that keeps rising with the value (a steep fall in consumption) a
 * loose one. The fitted weights are copied out into a {@link LogisticRiskModel}, so
 * nothing of Smile stays in the model.
 */
public final class SmileLogisticTrainer implements RiskTrainer {

	/** Penalties tried by {@link #defaults()}. */
	public static final double[] LAMBDAS = { 0.01, 0.1, 1, 10, 100 };

	/**
	 * Bounds on a scaled value tried by {@link #defaults()}: a tail pushes the log-odds
	 * by at most this many times its weight.
	 */
	public static final double[] CLIPS = { 3, 5, 10, 30 };

	/** Bound of a trainer with fixed parameters. */
	public static final double CLIP = 5;

	private final double[] lambdas;

	private final double[] clips;

	private final double tolerance;

	private final int maxIterations;

	/**
	 * @param lambdas L2 penalties on the scaled weights to choose from by validation (on
	 * the summed log-likelihood, so a penalty matters less as rows grow); one value fixes
	 * it
	 * @param clips bounds on the absolute scaled values to choose from by validation; one
	 * value fixes it
	 */
	public SmileLogisticTrainer(double[] lambdas, double[] clips, double tolerance, int maxIterations) {
		if (lambdas.length == 0 || clips.length == 0) {
			throw new IllegalArgumentException("Need at least one penalty and one bound");
		}
		this.lambdas = lambdas.clone();
		Arrays.sort(this.lambdas);
		this.clips = clips.clone();
		Arrays.sort(this.clips);
		this.tolerance = tolerance;
		this.maxIterations = maxIterations;
	}

	/** A fixed penalty and the bound {@link #CLIP}, no validation fold. */
	public SmileLogisticTrainer(double lambda, double tolerance, int maxIterations) {
		this(new double[] { lambda }, new double[] { CLIP }, tolerance, maxIterations);
	}

	/**
	 * Penalty and bound chosen from {@link #LAMBDAS} and {@link #CLIPS}, tolerance 1e-5,
	 * 500 iterations.
	 */
	public static SmileLogisticTrainer defaults() {
		return new SmileLogisticTrainer(LAMBDAS, CLIPS, 1e-5, 500);
	}

	@Override
	public LogisticRiskModel train(List<String> features, double[][] x, boolean[] y, TimeWindow window) {
		return train(features, x, y, null, window);
	}

	@Override
	public LogisticRiskModel train(LabeledHistory rows, TimeWindow window) {
		return train(rows.features(), rows.x(), rows.y(), rows.time(), window);
	}

	private LogisticRiskModel train(List<String> features, double[][] x, boolean[] y, long[] time, TimeWindow window) {
		Labels.requireBothClasses(y);
		String version = ModelVersion.of("logistic", describe(), features, window);
		PenaltySelection.Choice choice = PenaltySelection.choose(this.lambdas, this.clips, x, y, time,
				(tx, ty, lambda, clip) -> fit(features, tx, ty, lambda, clip, version, false));
		LogisticRiskModel model = fit(features, x, y, choice.lambda(), choice.clip(), version, true);
		Map<String, Object> metrics = new LinkedHashMap<>(model.trainingMetrics());
		metrics.put("lambda", choice.lambda());
		metrics.put("validation_fold", choice.fold());
		metrics.put("validation_rows", choice.validationRows());
		metrics.put("validation_log_loss", choice.logLoss());
		return new LogisticRiskModel(model.imputation(), model.standardization(), model.weights(), model.intercept(),
				model.drivers(), version, metrics);
	}

	private LogisticRiskModel fit(List<String> features, double[][] x, boolean[] y, double lambda, double clip,
			String version, boolean explain) {
		Labels.requireBothClasses(y);
		Imputation imputation = Imputation.fit(features, x);
		double[][] imputed = imputation.applyAll(x);
		Standardization z = Standardization.robust(imputation.outputNames(), imputed, clip);
		double[][] scaled = z.applyAll(imputed);
		int p = z.width();
		LogisticRegression.Binomial fit = LogisticRegression.binomial(scaled, Labels.toInts(y), lambda, this.tolerance,
				this.maxIterations);
		// Smile's binomial coefficients are the p weights followed by the intercept.
		double[] c = fit.coefficients();
		int[] drivers = explain ? DriverGroups.of(scaled, p, DriverGroups.THRESHOLD) : identity(p);
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("missing_in_training", imputation.missingCounts());
		metrics.put("clip", clip);
		metrics.put("merged_drivers", DriverGroups.merged(drivers, z.names()));
		return new LogisticRiskModel(imputation, z, Arrays.copyOf(c, p), c[p], drivers, version, metrics);
	}

	private static int[] identity(int p) {
		int[] out = new int[p];
		for (int j = 0; j < p; j++) {
			out[j] = j;
		}
		return out;
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "smile-logistic(lambda=%s,clip=%s,tol=%s,maxIter=%d)", grid(this.lambdas),
				grid(this.clips), this.tolerance, this.maxIterations);
	}

	private static String grid(double[] values) {
		return values.length == 1 ? String.valueOf(values[0]) : "best of " + Arrays.toString(values);
	}

}
