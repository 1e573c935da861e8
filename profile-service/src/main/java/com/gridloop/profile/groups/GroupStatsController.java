package com.gridloop.profile.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.common.web.Problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group comparison of a numeric tag for analysts: observational, the groups were not
 * randomised, so a difference is an association, not an effect.
 */
@RestController
record GroupStatsController(GroupStatsQueries queries) {

	/** More groups than this are refused: every pair is compared. */
	static final int MAX_GROUPS = 50;

	/**
	 * @param design always {@code OBSERVATIONAL}: the groups were not randomised
	 * @param contrasts every pair of groups with two or more customers
	 */
	record TagGroupStats(String tag, String groupBy, String design, String caveat, double confidence,
			List<GroupComparison.GroupSummary> groups, List<GroupComparison.Contrast> contrasts) {
	}

	@GetMapping("/api/v1/tags/{code}/stats")
	TagGroupStats stats(@PathVariable String code, @RequestParam String groupBy) {
		for (String tag : new String[] { code, groupBy }) {
			if (!this.queries.tagExists(tag)) {
				throw Problems.notFound("Tag", tag);
			}
		}
		if (this.queries.groups(groupBy) > MAX_GROUPS) {
			throw Problems.unprocessable("too-many-groups",
					"Tag " + groupBy + " has more than " + MAX_GROUPS + " values: group by a coarser tag");
		}
		List<GroupComparison.GroupSummary> groups = new ArrayList<>();
		for (Map.Entry<String, double[]> g : this.queries.valuesByGroup(code, groupBy).entrySet()) {
			groups.add(GroupComparison.summarise(g.getKey(), g.getValue()));
		}
		return new TagGroupStats(code, groupBy, "OBSERVATIONAL",
				"Groups were not randomised: differences are associations, not effects of " + groupBy + ".",
				GroupComparison.CONFIDENCE, groups, GroupComparison.contrasts(groups));
	}

}
