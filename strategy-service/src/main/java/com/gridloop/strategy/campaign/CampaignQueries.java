package com.gridloop.strategy.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for the campaign endpoints: a campaign's target list, page by page, and the
 * service's counts.
 */
@Component
record CampaignQueries(JdbcClient jdbc, JsonMapper json) {

	/** One target of a campaign, as the list serves it (fields as in TargetAssigned). */
	record TargetView(String customerId, String arm, String offerCode, String channel, String reason,
			double benefitYuan, int priority, String segment, String benefitText, Double benefitQuantity,
			String benefitUnit, List<String> triggers, Double conversionProbability, Double expectedValue,
			Double investmentYuan, Double paybackYears, List<String> similarCustomers, String manager,
			LocalDate scheduledWeek) {
	}

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	/** How many customers with tags, campaigns, targets and results strategy holds. */
	record StrategyStats(long customersWithTags, long campaigns, long targets, long results) {
	}

	/**
	 * Up to size targets in priority order, after the given one; by key rather than
	 * offset so that reading a list of a million targets page by page costs one index
	 * range scan per page.
	 */
	List<TargetView> targets(UUID campaignId, Arm arm, TargetCursor after, int size) {
		TargetCursor from = after == null ? TargetCursor.START : after;
		return this.jdbc.sql("""
				select customer_id, arm, offer_code, channel, reason, benefit_yuan, priority, segment, benefit_text,
				       benefit_quantity, benefit_unit, triggers, conversion_probability, expected_value,
				       investment_yuan, payback_years, similar_customers, manager, scheduled_week
				from target
				where campaign_id = :campaign and (cast(:arm as text) is null or arm = :arm)
				  and (priority, customer_id) > (:priority, :customer)
				order by priority, customer_id limit :size""")
			.param("campaign", campaignId)
			.param("arm", arm == null ? null : arm.name())
			.param("priority", from.priority())
			.param("customer", from.customerId())
			.param("size", size)
			.query((rs, i) -> new TargetView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDouble(6), rs.getInt(7), rs.getString(8), rs.getString(9),
					rs.getObject(10, Double.class), rs.getString(11), strings(rs.getString(12)),
					rs.getObject(13, Double.class), rs.getObject(14, Double.class), rs.getObject(15, Double.class),
					rs.getObject(16, Double.class), strings(rs.getString(17)), rs.getString(18),
					rs.getObject(19, LocalDate.class)))
			.list();
	}

	private List<String> strings(String jsonArray) {
		return jsonArray == null ? List.of() : this.json.readValue(jsonArray, STRINGS);
	}

	StrategyStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from customer_tags) as customers_with_tags,
				       (select count(*) from campaign) as campaigns,
				       (select count(*) from target) as targets,
				       (select count(*) from campaign_result) as results""").query(StrategyStats.class).single();
	}

}
