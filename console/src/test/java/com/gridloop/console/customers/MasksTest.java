package com.gridloop.console.customers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@Test
	void keepsOnlyWhatARoleWithoutNeedToKnowMaySee() {
		assertThat(Masks.name("张小明")).isEqualTo("张**");
		assertThat(Masks.name("O'Brien")).isEqualTo("O******");
		assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masks.phone("1234")).isEqualTo("****");
		assertThat(Masks.address("湖北省武汉市洪山区珞喻路1号")).isEqualTo("湖北省武汉市…");
		assertThat(Masks.name(null)).isNull();
	}

}
