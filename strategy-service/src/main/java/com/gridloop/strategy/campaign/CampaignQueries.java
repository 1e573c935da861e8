package com.gridloop.strategy.campaign;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for the campaign endpoints: a campaign's target list, page by page, and the
 * service's counts.
 */
@Component
class CampaignQueries {

	/** One target of a campaign, as the list serves it. */
	record TargetView(String customerId, String arm, String offerCode, String channel, String reason,
			double benefitYuan, int priority, String segment) {
	}

	/** How many customers with tags, campaigns, targets and results strategy holds. */
	record StrategyStats(long customersWithTags, long campaigns, long targets, long results) {
	}

	private final JdbcClient jdbc;

	CampaignQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to size targets in priority order, after the given one; by key rather than
	 * offset so that reading a list of a million targets page by page costs one index
	 * range scan per page.
	 */
	List<TargetView> targets(UUID campaignId, Arm arm, TargetCursor after, int size) {
		TargetCursor from = after == null ? TargetCursor.START : after;
		return this.jdbc.sql("""
				select customer_id, arm, offer_code, channel, reason, benefit_yuan, priority, segment from target
				where campaign_id = :campaign and (cast(:arm as text) is null or arm = :arm)
				  and (priority, customer_id) > (:priority, :customer)
				order by priority, customer_id limit :size""")
			.param("campaign", campaignId)
			.param("arm", arm == null ? null : arm.name())
			.param("priority", from.priority())
			.param("customer", from.customerId())
			.param("size", size)
			.query(TargetView.class)
			.list();
	}

	StrategyStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from customer_tags) as customers_with_tags,
				       (select count(*) from campaign) as campaigns,
				       (select count(*) from target) as targets,
				       (select count(*) from campaign_result) as results""").query(StrategyStats.class).single();
	}

}
