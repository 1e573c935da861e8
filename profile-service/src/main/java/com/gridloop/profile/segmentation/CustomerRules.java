package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.profile.ProfileProperties.SegmentRule;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the customers of a group who meet the customer rules (rules on their own tags),
 * first matching rule first. PostgreSQL returns only the customers whose tags pass each
 * rule's numeric conditions, so the job holds the few rule members, not a row per
 * customer; every condition is then checked again on the returned values, which also
 * words the reason ({@code complaints_12m 3 ≥ 2}).
 */
final class CustomerRules {

	/**
	 * A customer meeting customer rule {@code rule}, with the reason in its own values.
	 */
	record Hit(int rule, String reason) {
	}

	/** {@code p98}, {@code p99.5}: a percentile of the group's values of the tag. */
	private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d+)?)");

	private CustomerRules() {
	}

	/**
	 * @return customer id to the first rule it meets and why
	 */
	static Map<String, Hit> hits(JdbcTemplate jdbc, String group, List<SegmentRule> rules) {
		Map<String, Hit> hits = new HashMap<>();
		for (int r = 0; r < rules.size(); r++) {
			SegmentRule rule = rules.get(r);
			List<TagCondition> conditions = rule.conditions().stream().map(c -> resolve(jdbc, group, c)).toList();
			StringBuilder sql = new StringBuilder("select f.customer_id");
			for (int i = 0; i < conditions.size(); i++) {
				sql.append(", t").append(i).append(".value_num, t").append(i).append(".value_text");
			}
			sql.append(" from customer_feature f");
			List<Object> args = new ArrayList<>();
			for (int i = 0; i < conditions.size(); i++) {
				TagCondition c = conditions.get(i);
				sql.append(" join tag_value t")
					.append(i)
					.append(" on t")
					.append(i)
					.append(".customer_id = f.customer_id")
					.append(" and t")
					.append(i)
					.append(".tag_code = ?");
				args.add(c.tag());
				Double number = number(c.value());
				String op = sqlOperator(c.op());
				if (number != null && op != null) {
					sql.append(" and t").append(i).append(".value_num ").append(op).append(" ?");
					args.add(number);
				}
			}
			sql.append(" where f.grp = ?");
			args.add(group);
			int index = r;
			jdbc.query(sql.toString(), rs -> {
				String customerId = rs.getString(1);
				if (hits.containsKey(customerId)) {
					return;
				}
				Map<String, Object> values = new HashMap<>();
				for (int i = 0; i < conditions.size(); i++) {
					double number = rs.getDouble(2 + 2 * i);
					values.put(conditions.get(i).tag(), rs.wasNull() ? rs.getString(3 + 2 * i) : number);
				}
				if (conditions.stream().allMatch(c -> c.matches(values))) {
					hits.put(customerId, new Hit(index,
							String.join(" and ", conditions.stream().map(c -> c.explain(values)).toList())));
				}
			}, args.toArray());
		}
		return hits;
	}

	/**
	 * A threshold written as a percentile of the group ({@code p98}) becomes tonight's
	 * 98th percentile of the tag in the group, so a rule keeps meaning "the riskiest 2 %"
	 * however the model that computes the tag is calibrated; other values are kept as
	 * written.
	 */
	static TagCondition resolve(JdbcTemplate jdbc, String group, TagCondition c) {
		Matcher m = PERCENTILE.matcher(c.value());
		if (!m.matches()) {
			return c;
		}
		Double threshold = jdbc.queryForObject("""
				select percentile_cont(?) within group (order by t.value_num) from tag_value t
				join customer_feature f on f.customer_id = t.customer_id
				where t.tag_code = ? and f.grp = ? and t.value_num is not null""", Double.class,
				Double.parseDouble(m.group(1)) / 100, c.tag(), group);
		// No values tonight: nobody can be above a percentile of nothing.
		return new TagCondition(c.tag(), c.op(),
				threshold == null ? "NaN" : String.format(Locale.ROOT, "%.6g", threshold));
	}

	private static String sqlOperator(TagCondition.Op op) {
		return switch (op) {
			case GT -> ">";
			case GE -> ">=";
			case LT -> "<";
			case LE -> "<=";
			case EQ, NE -> null; // text or number: checked in Java only
		};
	}

	private static Double number(String value) {
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
