package com.gridloop.profile.tags;

import java.util.List;

import com.gridloop.common.web.Problems;
import com.gridloop.profile.segmentation.SegmentModels;
import com.gridloop.profile.tags.ProfileQueries.SegmentView;
import com.gridloop.profile.tags.ProfileQueries.TagDefinition;
import com.gridloop.profile.tags.ProfileQueries.TagView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Customer 360, the tag registry and the service's counts. */
@RestController
record ProfileController(ProfileQueries queries, SegmentModels models) {

	/** A customer's tags and segment; segment is null when the customer has none. */
	record CustomerProfile(String customerId, SegmentView segment, List<TagView> tags) {
	}

	@GetMapping("/api/v1/customers/{customerId}/profile")
	CustomerProfile profile(@PathVariable String customerId) {
		List<TagView> tags = this.queries.tags(customerId);
		// The segment is the customer's in the latest successful run; none before a run
		// has placed it.
		SegmentModels.Placement placed = this.models.placements(new String[] { customerId }).get(customerId);
		if (tags.isEmpty() && placed == null && !this.queries.snapshotted(customerId)) {
			throw Problems.notFound("Profile of customer", customerId);
		}
		return new CustomerProfile(customerId, placed == null ? null
				: new SegmentView(placed.code(), placed.reason(), "segmentation run " + placed.runId()), tags);
	}

	@GetMapping("/api/v1/tags")
	List<TagDefinition> definitions() {
		return this.queries.definitions();
	}

	@GetMapping("/api/v1/profile/stats")
	ProfileQueries.ProfileStats stats() {
		return this.queries.stats();
	}

}
