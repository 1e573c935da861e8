package com.gridloop.common.tags;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagConditionTest {

	@Test
	void comparesNumbersNumerically() {
		Map<String, Object> tags = Map.of("peak_share", 0.42, "annual_kwh", 12000.0);
		assertThat(new TagCondition("peak_share", TagCondition.Op.GT, "0.35").matches(tags)).isTrue();
		assertThat(new TagCondition("peak_share", TagCondition.Op.LE, "0.35").matches(tags)).isFalse();
		assertThat(new TagCondition("annual_kwh", TagCondition.Op.GE, "12000").matches(tags)).isTrue();
	}

	@Test
	void comparesTextIgnoringCaseAndNeverMatchesAMissingTag() {
		Map<String, Object> tags = Map.of("category", "RESIDENTIAL");
		assertThat(new TagCondition("category", TagCondition.Op.EQ, "residential").matches(tags)).isTrue();
		assertThat(new TagCondition("category", TagCondition.Op.NE, "GENERAL_CI").matches(tags)).isTrue();
		assertThat(new TagCondition("category", TagCondition.Op.GT, "A").matches(tags)).isFalse();
		assertThat(new TagCondition("region", TagCondition.Op.NE, "x").matches(tags)).isFalse();
	}

	@Test
	void explainsWithTheCustomersOwnValue() {
		assertThat(new TagCondition("peak_share", TagCondition.Op.GT, "0.35").explain(Map.of("peak_share", 0.4213)))
			.isEqualTo("peak_share 0.421 > 0.35");
	}

}
