package com.gridloop.profile.tags;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads for the customer 360, the tag registry and the service's counts. */
@Component
record ProfileQueries(JdbcClient jdbc) {

	/**
	 * One tag value of a customer with its definition; value is the number, or the text
	 * when there is none.
	 */
	record TagView(String code, String nameZh, String nameEn, String family, String unit, Object value, String window,
			String windowStart, String windowEnd, String computedAt) {
	}

	/** The segment a customer is in and why. */
	record SegmentView(String code, String reason, String assignedAt) {
	}

	/** A tag as the registry defines it. */
	record TagDefinition(String code, String nameZh, String nameEn, String family, String description, String unit,
			String window, int version) {
	}

	/**
	 * How many rows of each kind profile holds; pendingRefresh counts customers whose
	 * tags are to be recomputed.
	 */
	record ProfileStats(long customers, long usageDays, long profiled, long tagValues, long pendingRefresh) {
	}

	List<TagView> tags(String customerId) {
		return this.jdbc.sql("""
				select d.code, d.name_zh, d.name_en, d.family, d.unit, v.value_num, v.value_text, d.window_desc,
				       v.window_start, v.window_end, v.computed_at
				from tag_value v join tag_definition d on d.code = v.tag_code
				where v.customer_id = ? order by d.family, d.code""")
			.param(customerId)
			.query((rs, i) -> new TagView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6) != null ? rs.getObject(6) : rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11)))
			.list();
	}

	List<TagDefinition> definitions() {
		return this.jdbc.sql("""
				select code, name_zh, name_en, family, description, unit, window_desc, version
				from tag_definition order by family, code""")
			.query((rs, i) -> new TagDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
			.list();
	}

	/** Whether a snapshot of the customer has been published. */
	boolean snapshotted(String customerId) {
		return this.jdbc.sql("select count(*) from customer_snapshot where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single() > 0;
	}

	ProfileStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from customer) as customers,
				       (select count(*) from usage_day) as usage_days,
				       (select count(*) from customer_snapshot) as profiled,
				       (select count(*) from tag_value) as tag_values,
				       (select count(*) from dirty_customer) as pending_refresh""").query(ProfileStats.class).single();
	}

}
