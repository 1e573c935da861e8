package com.gridloop.ingestion.usage;

import java.time.LocalDate;
import java.time.ZoneId;
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
		// Residential bands: sharp 20-22 (2 h), peak 17-20 and 22-23 (4 h), flat 7-17 (10
		// h), valley 23-07 (8 h).
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

	@Test
	void aLoneLondonReadingKeepsItsHalfHourOnTheClockChangeDays() {
		BandCalendar lcl = new TariffCalendars().forTariff("LCL-DTOU", "RESIDENTIAL");
		ZoneId london = ZoneId.of("Europe/London");
		// 27 Oct 2013: 50 slots from 23:00 GMT on the 26th; slot 3 is 00:30 GMT (01:30
		// BST), slot 5 01:30 GMT.
		LocalDate autumn = LocalDate.of(2013, 10, 27);
		float[] slots = new float[50];
		slots[3] = 0.71f;
		slots[5] = 0.44f;
		CustomerDayUsageRecorded fact = DailyUsageCalculator.compute("c1", "m1", "LCL-DTOU", lcl,
				LocalDayClock.of(london, autumn), autumn, 30, slots, 4, new int[] { 3, 5 }, null);
		assertThat(fact.kwh()).isCloseTo(1.15, within(1e-4));
		assertThat(fact.hourlyKwh()[1]).isCloseTo(1.15, within(1e-4));
		assertThat(fact.flatKwh()).isCloseTo(1.15, within(1e-4));
		// 31 Mar 2013: 46 slots from 00:00 GMT; slot 3 is 01:30 GMT, 02:30 BST.
		LocalDate spring = LocalDate.of(2013, 3, 31);
		slots = new float[46];
		slots[3] = 0.48f;
		fact = DailyUsageCalculator.compute("c1", "m1", "LCL-DTOU", lcl, LocalDayClock.of(london, spring), spring, 30,
				slots, 4, new int[] { 3 }, null);
		assertThat(fact.hourlyKwh()[2]).isCloseTo(0.48, within(1e-4));
		assertThat(fact.hourlyKwh()[1]).isZero();
	}

	@Test
	void aGapBesideALoneReadingAddsNothingToTheHighBand() {
		BandCalendar lcl = new TariffCalendars().forTariff("LCL-DTOU", "RESIDENTIAL");
		// London 18 Aug 2013 starts at 23:00 GMT on the 17th, a High half-hour, as is
		// 23:30: slot 0 is a gap.
		LocalDate day = LocalDate.of(2013, 8, 18);
		float[] slots = new float[48];
		slots[0] = Float.NaN;
		slots[1] = 0.58f;
		CustomerDayUsageRecorded fact = DailyUsageCalculator.compute("c1", "m1", "LCL-DTOU", lcl,
				LocalDayClock.of(ZoneId.of("Europe/London"), day), day, 30, slots, 4, new int[] { 1 }, null);
		assertThat(fact.peakKwh()).isCloseTo(0.58, within(1e-4));
		assertThat(fact.kwh()).isCloseTo(0.58, within(1e-4));
		assertThat(fact.missingShare()).isCloseTo(1 / 48.0, within(1e-9));
	}

}
