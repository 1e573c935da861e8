package com.gridloop.common.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@Test
	void namesKeepTheirFirstAndLastCharacter() {
		assertThat(Masks.name("张三明")).isEqualTo("张*明");
		assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧**娜");
		assertThat(Masks.name("张三")).isEqualTo("张*");
		assertThat(Masks.name("张")).isEqualTo("*");
		assertThat(Masks.name(null)).isNull();
	}

	@Test
	void phonesKeepThreeAndFourDigits() {
		assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masks.phone("027-8765432")).isEqualTo("027****5432");
		assertThat(Masks.phone("12345")).isEqualTo("***45");
	}

	@Test
	void addressesAreCutAfterTheirDistrict() {
		assertThat(Masks.address("湖北省武汉市武昌区中北路123号")).isEqualTo("湖北省武汉市武昌区***");
		assertThat(Masks.address("湖北省黄陂县前川街1号")).isEqualTo("湖北省黄陂县***");
		assertThat(Masks.address("武汉市解放大道1号")).isEqualTo("武汉市***");
		assertThat(Masks.address("解放大道1号")).isEqualTo("***");
	}

	@Test
	void certificatesKeepTheirEnds() {
		assertThat(Masks.certificate("420106199001011234")).isEqualTo("420*************34");
	}

	@Test
	void rawLinesLoseNamesAndNumbers() {
		assertThat(Masks.freeText("C0001,张三明,13812345678,武汉市武昌区中北路1号,420106"))
			.isEqualTo("C0001,张**,138****5678,武" + "*".repeat(8) + "1号,420106");
	}

	@Test
	void jsonMembersAreMaskedInPlace() {
		assertThat(PersonalDataSerializer.mask(PersonalData.Kind.JSON_OBJECT,
				"{\"recordId\":\"A:1\",\"name\":\"张三明\",\"phone\":\"13812345678\",\"address\":\"武汉市武昌区中北路1号\"}"))
			.isEqualTo("{\"recordId\":\"A:1\",\"name\":\"张*明\",\"phone\":\"138****5678\",\"address\":\"武汉市武昌区***\"}");
	}

}
