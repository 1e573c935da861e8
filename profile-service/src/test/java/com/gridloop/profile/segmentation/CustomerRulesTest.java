package com.gridloop.profile.segmentation;

import java.util.List;
import java.util.Map;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.profile.ProfileProperties.SegmentRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer rule's threshold written as a percentile of the group follows the tag's
 * values tonight: "the riskiest 5 %" stays 5 % whatever the churn model's calibration.
 */
@ProfileIntegrationTest
class CustomerRulesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPercentileThresholdTakesTheRiskiestShareOfTheGroup() {
		String group = "RULES_TEST";
		for (int i = 1; i <= 100; i++) {
			String id = "rules-" + i;
			this.jdbc.update("insert into customer_feature (customer_id, grp, features) values (?, ?, ?)", id, group,
					new byte[0]);
			// Risks of 0.001 to 0.1: a fixed threshold of 0.1 would take one customer, or
			// none after a recalibration.
			this.jdbc.update(
					"""
							insert into tag_value (customer_id, tag_code, value_num, computed_at) values (?, 'churn_risk', ?, now())
							on conflict (customer_id, tag_code) do update set value_num = excluded.value_num""",
					id, i / 1000.0);
		}
		SegmentRule rule = new SegmentRule("CHURN_PRONE", "Churn-prone",
				List.of(new TagCondition("churn_risk", TagCondition.Op.GE, "p95")));

		Map<String, CustomerRules.Hit> hits = CustomerRules.hits(this.jdbc, group, List.of(rule));

		assertThat(hits.keySet()).containsExactlyInAnyOrder("rules-96", "rules-97", "rules-98", "rules-99",
				"rules-100");
		assertThat(hits.get("rules-100").reason()).startsWith("churn_risk 0.100 ≥ 0.0950");
		assertThat(CustomerRules.resolve(this.jdbc, "NO_SUCH_GROUP", rule.conditions().get(0)).value())
			.isEqualTo("NaN");
		// The group exists for this test only: the nightly runs of other tests must not
		// segment it.
		this.jdbc.update("delete from tag_value where customer_id like 'rules-%'");
		this.jdbc.update("delete from customer_feature where grp = ?", group);
	}

}
