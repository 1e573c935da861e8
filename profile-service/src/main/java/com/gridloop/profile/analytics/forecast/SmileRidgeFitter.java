package com.gridloop.profile.analytics.forecast;

import java.util.ArrayList;
import java.util.List;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.regression.LinearModel;
import smile.regression.OLS;
import smile.regression.RidgeRegression;

/**
 * {@link LinearFitter} on Smile 3.1: {@link RidgeRegression} (which centres and scales
 * the columns, so lambda acts on standardised weights and is comparable across
 * customers), or {@link OLS} (QR) when lambda is 0.
 *
 * <p>
 * Smile rejects a column without variance (a summer window has no heating degrees; a
 * short one may have no rest day), so constant columns are dropped before the call and
 * given weight 0.
 */
public final class SmileRidgeFitter implements LinearFitter {

	private static final String TARGET = "gridloop_y";

	@Override
	public Fit fit(String[] names, double[][] x, double[] y, double lambda) {
		int p = names.length;
		List<Integer> kept = new ArrayList<>();
		for (int j = 0; j < p; j++) {
			double first = x[0][j];
			for (double[] row : x) {
				if (row[j] != first) {
					kept.add(j);
					break;
				}
			}
		}
		double[] weights = new double[p];
		if (kept.isEmpty() || x.length <= kept.size() + 1) {
			double mean = 0;
			for (double v : y) {
				mean += v;
			}
			return new Fit(mean / y.length, weights);
		}
		double[][] cols = new double[x.length][kept.size()];
		String[] keptNames = new String[kept.size()];
		for (int k = 0; k < kept.size(); k++) {
			keptNames[k] = names[kept.get(k)];
			for (int i = 0; i < x.length; i++) {
				cols[i][k] = x[i][kept.get(k)];
			}
		}
		DataFrame data = DataFrame.of(cols, keptNames).merge(DoubleVector.of(TARGET, y));
		LinearModel model = lambda > 0 ? RidgeRegression.fit(Formula.lhs(TARGET), data, lambda)
				: OLS.fit(Formula.lhs(TARGET), data);
		double[] c = model.coefficients();
		// Smile's coefficients() includes the intercept first when the model has one;
		// intercept() gives it either way.
		int offset = c.length == kept.size() + 1 ? 1 : 0;
		for (int k = 0; k < kept.size(); k++) {
			weights[kept.get(k)] = c[k + offset];
		}
		return new Fit(model.intercept(), weights);
	}

}
