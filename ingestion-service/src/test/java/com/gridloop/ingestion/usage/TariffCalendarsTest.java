package com.gridloop.ingestion.usage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hubei band calendars as published (鄂发改价管〔2024〕77号 and 〔2023〕320号). */
class TariffCalendarsTest {

	private final TariffCalendars calendars = new TariffCalendars();

	@Test
	void hubeiIndustrialBandsMoveTheSharpPeakInJulyAndAugust() {
		BandCalendar ci = this.calendars.forTariff("HB-CI-SP-LV", "GENERAL_CI");
		assertThat(ci.band(java.time.LocalDate.of(2026, 7, 1), 20 * 60)).isEqualTo(Band.SHARP);
		assertThat(ci.band(java.time.LocalDate.of(2026, 7, 1), 18 * 60)).isEqualTo(Band.PEAK);
		assertThat(ci.band(java.time.LocalDate.of(2026, 3, 1), 18 * 60)).isEqualTo(Band.SHARP);
		assertThat(ci.band(java.time.LocalDate.of(2026, 3, 1), 20 * 60)).isEqualTo(Band.PEAK);
		assertThat(ci.band(java.time.LocalDate.of(2026, 3, 1), 12 * 60)).isEqualTo(Band.VALLEY);
		assertThat(ci.band(java.time.LocalDate.of(2026, 3, 1), 13 * 60)).isEqualTo(Band.VALLEY);
		assertThat(ci.band(java.time.LocalDate.of(2026, 3, 1), 9 * 60)).isEqualTo(Band.FLAT);
		assertThat(ci.band(java.time.LocalDate.of(2026, 12, 1), 23 * 60)).isEqualTo(Band.PEAK);
		assertThat(ci.band(java.time.LocalDate.of(2026, 12, 1), 5 * 60)).isEqualTo(Band.VALLEY);
	}

	@Test
	void hubeiResidentialBands() {
		BandCalendar res = this.calendars.forTariff("HB-RES", "RESIDENTIAL");
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 23 * 60)).isEqualTo(Band.VALLEY);
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 6 * 60)).isEqualTo(Band.VALLEY);
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 7 * 60)).isEqualTo(Band.FLAT);
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 17 * 60)).isEqualTo(Band.PEAK);
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 21 * 60)).isEqualTo(Band.SHARP);
		assertThat(res.band(java.time.LocalDate.of(2026, 6, 1), 22 * 60)).isEqualTo(Band.PEAK);
	}

	@Test
	void anUnknownTariffFallsBackToItsCategory() {
		assertThat(this.calendars.knows("XX-UNKNOWN")).isFalse();
		assertThat(this.calendars.forTariff("XX-UNKNOWN", "RESIDENTIAL").name()).isEqualTo("HUBEI_RES_TOU");
		assertThat(this.calendars.forTariff("XX-UNKNOWN", "LARGE_INDUSTRIAL").name()).isEqualTo("HUBEI_CI");
	}

}
