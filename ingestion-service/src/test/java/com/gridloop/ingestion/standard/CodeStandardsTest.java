package com.gridloop.ingestion.standard;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeStandardsTest {

	@ParameterizedTest(name = "industry {0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			C33         | C33   | 制造业
			33          | C33   | 制造业
			3311        | C3311 | 制造业
			c-3311      | C3311 | 制造业
			Ｃ３３       | C33   | 制造业
			01          | A01   | 农、林、牧、渔业
			A05         | A05   | 农、林、牧、渔业
			06          | B06   | 采矿业
			4430        | D4430 | 电力、热力、燃气及水生产和供应业
			F52         | F52   | 批发和零售业
			H62         | H62   | 住宿和餐饮业
			70          | K70   | 房地产业
			83          | P83   | 教育
			97          | T97   | 国际组织
			制造业       | C     | 制造业
			e           | E     | 建筑业
			""")
	void industryCodesBecomeSectionAndDigits(String raw, String code, String label) {
		assertThat(IndustryCodes.standardise(raw)).isEqualTo(new Standardised(code, label, true));
	}

	@ParameterizedTest(name = "industry {0} is unknown")
	@CsvSource({ "00", "98", "D33", "C4430", "X12", "331100", "3", "制造", "ABC" })
	void whatIsNoIndustryCodeIsKeptAndMarkedUnknown(String raw) {
		Standardised s = IndustryCodes.standardise(raw);
		assertThat(s.known()).isFalse();
		assertThat(s.code()).isEqualTo(raw);
		assertThat(s.label()).isNull();
	}

	@ParameterizedTest(name = "voltage {0} -> {1}")
	@CsvSource({ "220V,220V", "220,220V", "0.22kV,220V", "380V,380V", "0.4kV,380V", "0.38 kV,380V", "400,380V",
			"10kV,10kV", "10KV,10kV", "10,10kV", "10.0,10kV", "AC10kV,10kV", "交流10千伏,10kV", "１０ｋＶ,10kV", "35kV,35kV",
			"110kV,110kV", "110000V,110kV", "20 kV,20kV", "6kV,6kV" })
	void voltagesBecomeNominalLevels(String raw, String level) {
		assertThat(VoltageLevels.standardise(raw)).isEqualTo(new Standardised(level, level, true));
	}

	@ParameterizedTest(name = "voltage {0} is unknown")
	@CsvSource({ "12kV", "0.5kV", "abc", "10kVA", "-10kV", "DC10kV", "1e1kV" })
	void whatIsNoNominalVoltageIsUnknown(String raw) {
		assertThat(VoltageLevels.standardise(raw).known()).isFalse();
	}

	@Test
	void regionsInTheServiceAreaAreKnownByCodeOrName() {
		RegionCodes regions = new RegionCodes(Map.of("420111", "洪山区", "420102", "江岸区"));
		assertThat(regions.standardise("420111")).isEqualTo(new Standardised("420111", "洪山区", true));
		assertThat(regions.standardise("４２０１１１")).isEqualTo(new Standardised("420111", "洪山区", true));
		assertThat(regions.standardise("420111000000")).isEqualTo(new Standardised("420111", "洪山区", true));
		assertThat(regions.standardise(" 江岸区 ")).isEqualTo(new Standardised("420102", "江岸区", true));
		assertThat(regions.standardise("420103").known()).as("a real district outside the area").isFalse();
		assertThat(regions.standardise("LONDON")).isEqualTo(new Standardised("LONDON", null, false));
		assertThat(regions.inAddress("湖北省武汉市洪山区珞喻路1037号")).isEqualTo("420111");
		assertThat(regions.inAddress("江岸区 解放大道100号")).isEqualTo("420102");
		assertThat(regions.inAddress("江汉区新华路8号")).as("outside the area").isNull();
		assertThat(regions.inAddress(null)).isNull();
		RegionCodes nested = new RegionCodes(Map.of("420112", "东西湖区", "420199", "西湖区"));
		assertThat(nested.inAddress("东西湖区金银湖路1号")).isEqualTo("420112");
	}

	@Test
	void withoutAServiceAreaAnyRealProvincesCodeIsKnown() {
		RegionCodes regions = new RegionCodes(Map.of());
		assertThat(regions.standardise("110105")).isEqualTo(new Standardised("110105", "北京市", true));
		assertThat(regions.standardise("420111")).isEqualTo(new Standardised("420111", "湖北省", true));
		assertThat(regions.standardise("990101").known()).isFalse();
		assertThat(regions.standardise("42011").known()).isFalse();
		assertThat(regions.standardise("4201110").known()).isFalse();
	}

}
