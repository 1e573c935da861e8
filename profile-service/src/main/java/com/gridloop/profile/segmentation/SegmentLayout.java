package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.profile.analytics.cluster.Segmentation;

/**
 * A group's operable segments over its fitted clusters and customer rules: clusters named
 * by the same rule form one segment, and each customer rule is a segment of its own.
 * Names are indexed cluster first, then rule ({@code k + r}).
 */
final class SegmentLayout {

	private final Segmentation segmentation;

	private final List<SegmentNames.Named> segments = new ArrayList<>();

	private final Map<String, List<Integer>> clustersOf = new LinkedHashMap<>();

	private final int[] segmentOf;

	SegmentLayout(Segmentation segmentation, List<SegmentNames.Named> named) {
		this.segmentation = segmentation;
		this.segmentOf = new int[named.size()];
		Map<String, Integer> index = new HashMap<>();
		for (int c = 0; c < named.size(); c++) {
			SegmentNames.Named n = named.get(c);
			this.segmentOf[c] = index.computeIfAbsent(n.code(), code -> {
				this.segments.add(n);
				return this.segments.size() - 1;
			});
			if (c < segmentation.k()) {
				this.clustersOf.computeIfAbsent(n.code(), x -> new ArrayList<>()).add(c);
			}
		}
	}

	Segmentation segmentation() {
		return this.segmentation;
	}

	int size() {
		return this.segments.size();
	}

	SegmentNames.Named segment(int s) {
		return this.segments.get(s);
	}

	/**
	 * The segment of a customer: its rule's if it meets one, else its nearest cluster's.
	 */
	int segmentOf(double[] features, CustomerRules.Hit hit) {
		return this.segmentOf[hit != null ? this.segmentation.k() + hit.rule() : this.segmentation.assign(features)];
	}

	/** The k-means clusters forming a segment, or null for a customer rule's segment. */
	List<Integer> clusters(String code) {
		return this.clustersOf.get(code);
	}

}
