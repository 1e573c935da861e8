package com.gridloop.profile.segmentation;

import java.util.List;
import java.util.Map;

import com.gridloop.profile.ProfileProperties.SegmentRule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly segmentation.
 *
 * @param cron when it runs (Spring cron, six fields), in {@code zone}
 * @param fixedK a number of clusters per group, or 0 to choose k by silhouette between
 * kMin and kMax
 * @param sampleSize rows k-means trains on per group; every customer is then assigned in
 * one streaming pass
 * @param restarts k-means runs per candidate k (the best one is kept)
 * @param names rules naming each cluster by its centroid, per customer group
 * (RESIDENTIAL, CI); first match wins and the last rule of each group must have no
 * conditions
 * @param customerRules rules on a customer's own tags, per customer group, checked before
 * the clusters: a customer meeting one (first match wins) is placed in its segment
 * whatever the load shape, for traits a load shape cannot show (complaints, online
 * activity, churn risk); each rule needs at least one condition
 * @param baseRate expected conversion rate of a campaign, for the evaluable check
 * @param minimumDetectableEffect the uplift a campaign on a segment must be able to
 * detect (95 % confidence, 80 % power)
 * @param controlShare the control share campaigns hold out
 */
@ConfigurationProperties("gridloop.profile.segmentation")
public record SegmentationProperties(@DefaultValue("0 0 2 * * *") String cron,
		@DefaultValue("Asia/Shanghai") String zone, @DefaultValue("20261126") long seed, @DefaultValue("0") int fixedK,
		@DefaultValue("2") int kMin, @DefaultValue("6") int kMax, @DefaultValue("20000") int sampleSize,
		@DefaultValue("1") int restarts, @DefaultValue("5000") int chunkSize, Map<String, List<SegmentRule>> names,
		Map<String, List<SegmentRule>> customerRules, @DefaultValue("0.05") double baseRate,
		@DefaultValue("0.05") double minimumDetectableEffect, @DefaultValue("0.10") double controlShare) {

	public SegmentationProperties {
		names = names == null ? Map.of() : Map.copyOf(names);
		customerRules = customerRules == null ? Map.of() : Map.copyOf(customerRules);
		Map<String, List<SegmentRule>> namingRules = names;
		customerRules.forEach((group, rules) -> rules.forEach(rule -> {
			if (rule.conditions().isEmpty()) {
				throw new IllegalStateException("Customer rule " + rule.code() + " of group " + group
						+ " has no conditions: it would take every customer out of the clusters");
			}
			// A segment's code names one group of customers: a rule's segment and a
			// cluster's are different groups.
			for (SegmentRule naming : namingRules.getOrDefault(group, List.of())) {
				if (rule.code().equals(naming.code())) {
					throw new IllegalStateException("Customer rule " + rule.code() + " of group " + group
							+ " has the code of a naming rule: segment codes must differ");
				}
			}
		}));
	}

}
