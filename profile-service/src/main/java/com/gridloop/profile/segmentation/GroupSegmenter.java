package com.gridloop.profile.segmentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.analytics.cluster.CentroidModel;
import com.gridloop.profile.analytics.cluster.ClusterStats;
import com.gridloop.profile.analytics.cluster.Segmentation;
import com.gridloop.profile.analytics.FeatureVector;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Segments one customer group: sample, fit and name, then one streaming pass over every
 * customer that assigns it, counts the segment statistics and hands its membership to the
 * COPY writer; then the segments are written.
 */
@Component
record GroupSegmenter(JdbcTemplate jdbc, TransactionTemplate tx, SegmentationProperties properties,
		FeatureSampler sampler, SegmentFitter fitter, MembershipWriter memberships, SegmentWriter segments) {

	/**
	 * What a group's segmentation gave: its customers, its model's version and the run
	 * detail's entry.
	 */
	record Result(long customers, String version, Map<String, Object> detail) {
	}

	/**
	 * @return the group's result, or null when it has too few customers to cluster
	 */
	Result run(UUID runId, String group) {
		long t0 = System.nanoTime();
		List<double[]> sample = this.sampler.sample(group);
		if (sample.size() < 2) {
			return null;
		}
		long tSampled = System.nanoTime();
		SegmentLayout layout = this.fitter.fit(runId, group, sample);
		Map<String, CustomerRules.Hit> ruleHits = CustomerRules.hits(this.jdbc, group, this.fitter.rules(group));
		long tFitted = System.nanoTime();
		Segmentation segmentation = layout.segmentation();
		SegmentWriter.Counts counts = new SegmentWriter.Counts(new ClusterStats(segmentation.features(), layout.size()),
				layout.size());
		assign(runId, group, layout, ruleHits, counts);
		long tAssigned = System.nanoTime();
		this.segments.write(runId, group, layout, counts);

		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("k", segmentation.k());
		detail.put("customers", counts.stats().total());
		if (segmentation.model() instanceof CentroidModel cm && cm.selection() != null) {
			detail.put("silhouette", cm.selection().chosen().silhouette());
			detail.put("criterion", cm.selection().criterion());
		}
		detail.put("sample", sample.size());
		detail.put("customer_rule_members", ruleHits.size());
		detail.put("sample_seconds", (tSampled - t0) / 1e9);
		detail.put("fit_seconds", (tFitted - tSampled) / 1e9);
		detail.put("assign_seconds", (tAssigned - tFitted) / 1e9);
		return new Result(counts.stats().total(), segmentation.model().version(), detail);
	}

	/**
	 * The one pass over every customer of the group, read by a binary cursor in a
	 * transaction.
	 */
	private void assign(UUID runId, String group, SegmentLayout layout, Map<String, CustomerRules.Hit> ruleHits,
			SegmentWriter.Counts counts) {
		try (MembershipWriter.Batch batch = this.memberships.open(runId)) {
			this.tx.executeWithoutResult(s -> {
				JdbcTemplate cursor = new JdbcTemplate(this.jdbc.getDataSource());
				cursor.query(
						BinaryCursor.of("select customer_id, features, has_phone from customer_feature where grp = ?",
								this.properties.chunkSize(), group),
						(RowCallbackHandler) rs -> {
							double[] features = FeatureVector.unpack(rs.getBytes(2));
							String customerId = rs.getString(1);
							CustomerRules.Hit hit = ruleHits.isEmpty() ? null : ruleHits.get(customerId);
							int segment = layout.segmentOf(features, hit);
							counts.add(features, segment, rs.getBoolean(3));
							batch.add(customerId, layout.segment(segment).code(), hit == null ? null : hit.reason());
						});
			});
			batch.finish();
		}
	}

}
