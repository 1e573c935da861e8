package com.gridloop.profile.tags;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagCalculatorTest {

	@Test
	void basicTagsComeFromTheArchiveWithTheIndustrysSection() {
		var tags = TagCalculator.compute(
				new TagCalculator.Archive("GENERAL_CI", "420111", "380V", "HB-CI-SP-LV", 200.0, "C3311"), null);
		assertThat(tags).containsEntry("category", "GENERAL_CI")
			.containsEntry("region_code", "420111")
			.containsEntry("voltage_level", "380V")
			.containsEntry("industry", "C")
			.containsEntry("capacity_class", "50-315kVA");
	}

	@Test
	void anIndustryCodeIngestionCouldNotStandardiseGivesNoIndustryTag() {
		assertThat(TagCalculator
			.compute(new TagCalculator.Archive("GENERAL_CI", null, null, "HB-CI-SP-LV", null, "Z99"), null))
			.doesNotContainKey("industry")
			.doesNotContainKey("capacity_class");
		assertThat(TagCalculator.compute(new TagCalculator.Archive("RESIDENTIAL", null, null, "HB-RES", null, null),
				null))
			.doesNotContainKey("industry");
	}

}
