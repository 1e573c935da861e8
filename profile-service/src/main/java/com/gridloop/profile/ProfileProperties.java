package com.gridloop.profile;

import java.time.Duration;
import java.util.List;

import com.gridloop.common.tags.TagCondition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often customers with new facts get their tags recomputed and
 * published
 * @param refreshBatch customers recomputed per transaction
 */
@ConfigurationProperties("gridloop.profile")
public record ProfileProperties(@DefaultValue("1s") Duration refreshInterval, @DefaultValue("2000") int refreshBatch) {

	/**
	 * A named segment and the conditions a customer's tags or a cluster's centroid must
	 * meet to be in it.
	 */
	public record SegmentRule(String code, String name, List<TagCondition> conditions) {

		public SegmentRule {
			conditions = conditions == null ? List.of() : List.copyOf(conditions);
		}

	}

}
