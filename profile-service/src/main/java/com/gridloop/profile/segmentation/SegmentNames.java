package com.gridloop.profile.segmentation;

import java.util.List;
import java.util.Map;

import com.gridloop.profile.ProfileProperties.SegmentRule;

/** Names clusters in business words by the first configured rule their centroid meets. */
final class SegmentNames {

	/** A named cluster. */
	record Named(String code, String name, String rule) {
	}

	private final Map<String, List<SegmentRule>> rules;

	SegmentNames(Map<String, List<SegmentRule>> rules) {
		this.rules = rules;
		rules.forEach((group, list) -> {
			if (list.isEmpty() || !list.get(list.size() - 1).conditions().isEmpty()) {
				throw new IllegalStateException("The last naming rule of group " + group + " must have no conditions");
			}
		});
	}

	/**
	 * @param centroids each cluster's centroid as feature name to value
	 * @return a name per cluster; clusters meeting the same rule share its code and form
	 * one segment
	 */
	List<Named> name(String group, List<Map<String, Object>> centroids) {
		List<SegmentRule> list = this.rules.get(group);
		if (list == null) {
			throw new IllegalStateException("No naming rules for customer group " + group);
		}
		return centroids.stream().map(centroid -> {
			for (SegmentRule rule : list) {
				if (rule.conditions().stream().allMatch(c -> c.matches(centroid))) {
					String why = rule.conditions().isEmpty() ? "no other rule holds"
							: String.join(" and ", rule.conditions().stream().map(c -> c.explain(centroid)).toList());
					return new Named(rule.code(), rule.name(), why);
				}
			}
			throw new IllegalStateException("unreachable: the last rule matches every centroid");
		}).toList();
	}

}
