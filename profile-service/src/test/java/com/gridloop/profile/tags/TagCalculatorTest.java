package com.gridloop.profile.tags;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagCalculatorTest {

	@Test
	void basicTagsComeFromTheArchiveWithTheIndustrysSection() {
		var tags = TagCalculator
			.compute(new TagCalculator.Archive("GENERAL_CI", "420111", "380V", "HB-CI-SP-LV", 200.0, "C3311"), null);
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
		assertThat(
				TagCalculator.compute(new TagCalculator.Archive("RESIDENTIAL", null, null, "HB-RES", null, null), null))
			.doesNotContainKey("industry");
	}

	@Test
	void bandSharesCountOnlyTheDaysWhoseBandsAreKnown() {
		// 10 days, 100 kWh; 6 of them (60 kWh) from interval data with bands, 4 from
		// registers without bands.
		UsageAggregate usage = new UsageAggregate(10, 100, 6, 12, 30, 12, 2.0, 10, 1, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 10), 60, 6);
		var tags = TagCalculator.compute(null, usage);
		assertThat(tags).containsEntry("peak_share", 0.3)
			.containsEntry("sharp_share", 0.1)
			.containsEntry("valley_share", 0.2)
			.containsEntry("annual_kwh", 3650.0);
		UsageAggregate registersOnly = new UsageAggregate(10, 100, 0, 0, 0, 0, 0, 10, 1, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 10), 0, 0);
		assertThat(TagCalculator.compute(null, registersOnly)).containsKey("annual_kwh")
			.doesNotContainKeys("peak_share", "valley_share", "load_factor", "max_demand_kw", "power_factor");
	}

	@Test
	void powerFactorComesFromTheIntervalsThatMeasuredReactiveEnergy() {
		// 80 kWh measured with 60 kvarh: 100 kVAh apparent, power factor 0.8; the other
		// 20 kWh had no reactive data.
		UsageAggregate usage = new UsageAggregate(10, 100, 6, 12, 30, 12, 2.0, 10, 1, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 10), 100, 10, 60, 80);
		assertThat(TagCalculator.compute(null, usage)).containsEntry("power_factor", 0.8);
	}

}
