package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One segmentation run, per customer group (residential, C&I): k-means on a sample of the
 * customers' standardised features with k chosen by silhouette, every customer assigned
 * in one streaming pass and written by COPY, clusters named in business words by rules on
 * their centroids, explained and checked (reachable, evaluable, stable against the
 * previous run). Customer rules on customers' own tags (complaints, online activity,
 * churn risk) come first: a customer meeting one is in the rule's segment, with the
 * reason in its own values, whatever its load shape. Customers whose segment changed are
 * published. The run ends SEGMENTED; the nightly pipeline completes it.
 */
@Component
public record SegmentationJob(SegmentationRuns runs, GroupSegmenter groups, SegmentChangePublisher changes,
		SegmentWriter segments, MembershipWriter memberships) {

	private static final Logger log = LoggerFactory.getLogger(SegmentationJob.class);

	static final List<String> GROUPS = List.of("RESIDENTIAL", "CI");

	/**
	 * Segments every customer for a registered run; a failure propagates for the caller
	 * to record.
	 */
	public void run(UUID runId) {
		long t0 = System.nanoTime();
		this.runs.started(runId);
		UUID previous = this.runs.latestSucceeded();
		Map<String, Object> detail = new LinkedHashMap<>();
		long customers = 0;
		List<String> versions = new ArrayList<>();
		for (String group : GROUPS) {
			GroupSegmenter.Result r = this.groups.run(runId, group);
			if (r == null) {
				continue;
			}
			customers += r.customers();
			versions.add(group + ":" + r.version());
			detail.put(group, r.detail());
		}
		long t1 = System.nanoTime();
		long changed = this.changes.publish(runId, previous);
		this.segments.stability(runId, previous);
		detail.put("publish_seconds", (System.nanoTime() - t1) / 1e9);
		detail.put("seconds", (System.nanoTime() - t0) / 1e9);
		this.runs.segmented(runId, customers, changed, String.join(" ", versions), detail);
		if (previous != null) {
			this.memberships.keepOnly(runId, previous);
		}
		log.info("Segmentation run {}: {} customers, {} changed segment, in {} s", runId, customers, changed,
				String.format("%.1f", (System.nanoTime() - t0) / 1e9));
	}

}
