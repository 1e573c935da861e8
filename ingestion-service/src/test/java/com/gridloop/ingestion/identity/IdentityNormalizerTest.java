package com.gridloop.ingestion.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNormalizerTest {

	@Test
	void namesLoseSpacesPunctuationAndWidth() {
		assertThat(IdentityNormalizer.name("王 伟")).isEqualTo("王伟");
		assertThat(IdentityNormalizer.name("王\u3000伟 ")).isEqualTo("王伟");
		assertThat(IdentityNormalizer.name("欧阳·娜娜")).isEqualTo("欧阳娜娜");
		assertThat(IdentityNormalizer.name("武汉ＡＢＣ（光谷）科技有限公司。")).isEqualTo("武汉abc光谷科技有限公司");
		assertThat(IdentityNormalizer.name("陳偉")).isEqualTo("陈伟");
		assertThat(IdentityNormalizer.name(" ， ")).isNull();
		assertThat(IdentityNormalizer.name(null)).isNull();
	}

	@Test
	void traditionalFormsBeyondTheFrequentOnesAreFolded() {
		// None of these characters was in the former hand-made table of frequent forms.
		assertThat(IdentityNormalizer.name("鐘曉寧")).isEqualTo("钟晓宁");
		assertThat(IdentityNormalizer.name("衛 詩軒")).isEqualTo(IdentityNormalizer.name("卫诗轩"));
		assertThat(IdentityNormalizer.name("武漢齊聖礦業總廳")).isEqualTo("武汉齐圣矿业总厅");
		assertThat(IdentityNormalizer.address("新洲區齊安大道８號")).isEqualTo(IdentityNormalizer.address("新洲区齐安大道8号"));
		// Phrase conversions are not used: a character folds the same wherever it stands.
		assertThat(IdentityNormalizer.name("乾")).isEqualTo(IdentityNormalizer.name("乾坤").substring(0, 1));
	}

	@Test
	void addressesLoseProvinceCityWidthAndTraditionalForms() {
		String full = IdentityNormalizer.address("湖北省武汉市江岸区解放大道100号");
		assertThat(full).isEqualTo("江岸区解放大道100号");
		assertThat(IdentityNormalizer.address("江岸区 解放大道 100 號")).isEqualTo(full);
		assertThat(IdentityNormalizer.address("湖北 武汉 江岸區解放大道１００号")).isEqualTo(full);
		assertThat(IdentityNormalizer.address("中国湖北省武汉市江岸区解放大道100号")).isEqualTo(full);
		// A road named after the city keeps its name.
		assertThat(IdentityNormalizer.address("武汉大道100号")).isEqualTo("武汉大道100号");
		assertThat(IdentityNormalizer.address("湖北省 武汉市")).isNull();
	}

	@Test
	void addressPartsAreExtracted() {
		String address = IdentityNormalizer.address("湖北省武汉市东西湖区金银湖路０８８号3栋2单元501室");
		assertThat(IdentityNormalizer.withoutDistrict(address)).isEqualTo("金银湖路088号3栋2单元501室");
		assertThat(IdentityNormalizer.road(address)).isEqualTo("金银湖路");
		assertThat(IdentityNormalizer.houseNumber(address)).isEqualTo("88");
		assertThat(IdentityNormalizer.houseNumber("解放大道 100 号")).isEqualTo("100");
		assertThat(IdentityNormalizer.houseNumber("光谷软件园3栋")).isEqualTo("3");
		assertThat(IdentityNormalizer.houseNumber("江岸区解放大道")).isNull();
		assertThat(IdentityNormalizer.road("解放大道")).isNull();
	}

	@Test
	void surnamesOfPeopleOnly() {
		assertThat(IdentityNormalizer.surname("王伟")).isEqualTo("王");
		assertThat(IdentityNormalizer.surname("欧阳娜娜")).isEqualTo("欧阳");
		assertThat(IdentityNormalizer.surname("欧阳")).isEqualTo("欧");
		assertThat(IdentityNormalizer.surname("武汉华鑫商贸有限公司")).isNull();
		assertThat(IdentityNormalizer.surname("anna")).isNull();
	}

}
