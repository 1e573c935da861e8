package com.gridloop.profile.analytics.cluster;

import java.util.ArrayList;
import java.util.List;

import com.gridloop.profile.analytics.Standardization;

/**
 * Gives each member a short distance-based reason: with its own centroid c and the
 * runner-up r, the squared-distance margin d(x, r)^2 - d(x, c)^2 splits exactly into
 * per-feature terms (x_j - r_j)^2 - (x_j - c_j)^2, and the features with the largest
 * positive terms are the ones that place the customer here rather than there.
 */
public final class MemberExplainer {

	private final ClusterModel model;

	private final List<String> features;

	private final Standardization standardization;

	/**
	 * @param model the fitted model
	 * @param features feature names in the model's column order
	 * @param standardization the z-score the model was fitted on, or null when it was
	 * fitted on the raw rows (e.g. load shapes); values in reasons are always reported in
	 * original units
	 */
	public MemberExplainer(ClusterModel model, List<String> features, Standardization standardization) {
		if (features.size() != model.width()) {
			throw new IllegalArgumentException(
					"Model has " + model.width() + " features, " + features.size() + " names given");
		}
		this.model = model;
		this.features = List.copyOf(features);
		this.standardization = standardization;
	}

	/** The reason for a row in original units, with at most {@code top} features. */
	public MemberReason explain(double[] raw, int top) {
		double[] x = this.standardization == null ? raw : this.standardization.apply(raw);
		double[] d = this.model.squaredDistances(x);
		int own = 0;
		for (int c = 1; c < d.length; c++) {
			if (d[c] < d[own]) {
				own = c;
			}
		}
		if (d.length == 1) {
			return new MemberReason(own, own, 0, List.of());
		}
		int next = own == 0 ? 1 : 0;
		for (int c = 0; c < d.length; c++) {
			if (c != own && d[c] < d[next]) {
				next = c;
			}
		}
		double[] mine = this.model.centroid(own);
		double[] theirs = this.model.centroid(next);
		double margin = d[next] - d[own];
		double[] contribution = new double[x.length];
		for (int j = 0; j < x.length; j++) {
			double toNext = x[j] - theirs[j];
			double toOwn = x[j] - mine[j];
			contribution[j] = toNext * toNext - toOwn * toOwn;
		}
		double[] mineRaw = this.standardization == null ? mine : this.standardization.invert(mine);
		double[] theirsRaw = this.standardization == null ? theirs : this.standardization.invert(theirs);
		List<MemberReason.Evidence> evidence = new ArrayList<>();
		boolean[] used = new boolean[x.length];
		for (int t = 0; t < top; t++) {
			int best = -1;
			for (int j = 0; j < x.length; j++) {
				if (!used[j] && contribution[j] > 0 && (best < 0 || contribution[j] > contribution[best])) {
					best = j;
				}
			}
			if (best < 0) {
				break;
			}
			used[best] = true;
			evidence.add(new MemberReason.Evidence(this.features.get(best), raw[best], mineRaw[best], theirsRaw[best],
					margin > 0 ? contribution[best] / margin : 0));
		}
		return new MemberReason(own, next, margin, evidence);
	}

}
