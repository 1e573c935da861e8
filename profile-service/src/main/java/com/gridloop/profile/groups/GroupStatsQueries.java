package com.gridloop.profile.groups;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a numeric tag's values per value of a grouping tag from {@code tag_value}. */
@Component
record GroupStatsQueries(JdbcClient jdbc) {

	boolean tagExists(String code) {
		return this.jdbc.sql("select count(*) from tag_definition where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The numeric values of {@code tag} per group: the text (or number) value of
	 * {@code groupBy} of the same customer; customers without either are left out.
	 */
	Map<String, double[]> valuesByGroup(String tag, String groupBy) {
		Map<String, double[]> out = new LinkedHashMap<>();
		this.jdbc.sql("""
				select coalesce(g.value_text, g.value_num::text) as grp, array_agg(v.value_num order by v.value_num)
				from tag_value v
				join tag_value g on g.customer_id = v.customer_id and g.tag_code = :groupBy
				where v.tag_code = :tag and v.value_num is not null
				  and coalesce(g.value_text, g.value_num::text) is not null
				group by 1 order by 1""").param("tag", tag).param("groupBy", groupBy).query((rs, i) -> {
			Double[] values = (Double[]) rs.getArray(2).getArray();
			double[] v = new double[values.length];
			for (int k = 0; k < v.length; k++) {
				v[k] = values[k];
			}
			out.put(rs.getString(1), v);
			return null;
		}).list();
		return out;
	}

	/** Number of distinct groups, checked before reading the values. */
	long groups(String groupBy) {
		return this.jdbc
			.sql("select count(distinct coalesce(value_text, value_num::text)) from tag_value " + "where tag_code = ?")
			.param(groupBy)
			.query(Long.class)
			.single();
	}

}
