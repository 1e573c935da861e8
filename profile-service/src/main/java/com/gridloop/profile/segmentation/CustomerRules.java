package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private CustomerRules() {
	}

	/**
	 * @return customer id to the first rule it meets and why
	 */
	static Map<String, Hit> hits(JdbcTemplate jdbc, String group, List<SegmentRule> rules) {
		Map<String, Hit> hits = new HashMap<>();
		for (int r = 0; r < rules.size(); r++) {
			SegmentRule rule = rules.get(r);
			List<TagCondition> conditions = rule.conditions();
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
