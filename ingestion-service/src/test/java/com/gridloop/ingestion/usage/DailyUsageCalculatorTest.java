package com.gridloop.ingestion.usage;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DailyUsageCalculatorTest {

	private final BandCalendar residential = new TariffCalendars().forTariff("HB-RES", "RESIDENTIAL");

	@Test
	void aFlatDaySplitsIntoBandsByTheirHours() {
		float[] halfHours = new float[48];
		Arrays.fill(halfHours, 0.5f);
		CustomerDayUsageRecorded fact = DailyUsageCalculator.compute("c1", "m1", "HB-RES", this.residential,
				LocalDate.of(2026, 6, 1), 30, halfHours, 4);
		assertThat(fact.kwh()).isEqualTo(24.0);
		assertThat(fact.hourlyKwh()).hasSize(24).containsOnly(1.0);
		// Residential bands: sharp 20-22 (2 h), peak 17-20 and 22-23 (4 h), flat 7-17 (10 h), valley 23-07 (8 h).
		assertThat(fact.sharpKwh()).isEqualTo(2.0);
		assertThat(fact.peakKwh()).isEqualTo(4.0);
		assertThat(fact.flatKwh()).isEqualTo(10.0);
		assertThat(fact.valleyKwh()).isEqualTo(8.0);
		assertThat(fact.maxDemandKw()).isEqualTo(1.0);
		assertThat(fact.missingShare()).isZero();
		assertThat(fact.bandCalendar()).isEqualTo("HUBEI_RES_TOU");
	}

	@Test
	void missingAndEstimatedSharesAreReported() {
		float[] q = new float[96];
		Arrays.fill(q, 0.25f);
		q[10] = Float.NaN;
		for (int s = 40; s < 60; s++) {
			q[s] = Float.NaN;
		}
		CustomerDayUsageRecorded fact = DailyUsageCalculator.compute("c1", "m1", "HB-CI-SP-LV",
				new TariffCalendars().forTariff("HB-CI-SP-LV", "GENERAL_CI"), LocalDate.of(2026, 6, 1), 15, q, 8);
		assertThat(fact.estimatedShare()).isCloseTo(1 / 96.0, within(1e-12));
		assertThat(fact.missingShare()).isCloseTo(20 / 96.0, within(1e-12));
		assertThat(fact.kwh()).isCloseTo(0.25 * 76, within(1e-9));
		assertThat(fact.maxDemandKw()).isEqualTo(1.0);
	}

}
