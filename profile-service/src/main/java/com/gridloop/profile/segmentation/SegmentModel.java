package com.gridloop.profile.segmentation;

import java.util.List;

import com.gridloop.profile.analytics.Standardization;
import com.gridloop.profile.analytics.cluster.CentroidModel;
import com.gridloop.profile.analytics.cluster.MemberExplainer;
import com.gridloop.profile.analytics.cluster.Segmentation;

/**
 * A group's fitted model as a run stores it ({@code segmentation_model.model}, jsonb, by
 * Jackson): the standardisation, the centroids on that scale and each cluster's segment
 * code and name, so a member's reason can be given later without rerunning anything.
 */
record SegmentModel(List<String> features, double[] means, double[] sds, long rows, double[][] centroids,
		String version, List<String> codes, List<String> names) {

	/** The model of a fitted group whose clusters (then customer rules) are named. */
	static SegmentModel of(Segmentation segmentation, List<SegmentNames.Named> named) {
		double[][] centroids = new double[segmentation.k()][];
		for (int c = 0; c < centroids.length; c++) {
			centroids[c] = segmentation.model().centroid(c);
		}
		Standardization z = segmentation.standardization();
		return new SegmentModel(segmentation.features(), z.means(), z.sds(), z.rows(), centroids,
				segmentation.model().version(), named.stream().map(SegmentNames.Named::code).toList(),
				named.stream().map(SegmentNames.Named::name).toList());
	}

	/** Explains a member's segment from its features, as the run placed it. */
	MemberExplainer explainer() {
		return new MemberExplainer(CentroidModel.restore(this.centroids, this.version), this.features,
				new Standardization(this.features, this.means, this.sds, this.rows));
	}

	/** A segment's name; a code the model does not name stands for itself. */
	String name(String code) {
		int index = this.codes.indexOf(code);
		return index < 0 ? code : this.names.get(index);
	}

}
