package com.gridloop.ingestion.usage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hubei band calendars as published (鄂发改价管〔2024〕77号 and 〔2023〕320号). */
class TariffCalendarsTest {

	private final TariffCalendars calendars = new TariffCalendars();

	@Test
	void hubeiIndustrialBandsMoveTheSharpPeakInJulyAndAugust() {
		BandCalendar ci = this.calendars.forTariff("HB-CI-SP-LV", "GENERAL_CI");
		assertThat(ci.band(7, 20)).isEqualTo(Band.SHARP);
		assertThat(ci.band(7, 18)).isEqualTo(Band.PEAK);
		assertThat(ci.band(3, 18)).isEqualTo(Band.SHARP);
		assertThat(ci.band(3, 20)).isEqualTo(Band.PEAK);
		assertThat(ci.band(3, 12)).isEqualTo(Band.VALLEY);
		assertThat(ci.band(3, 13)).isEqualTo(Band.VALLEY);
		assertThat(ci.band(3, 9)).isEqualTo(Band.FLAT);
		assertThat(ci.band(12, 23)).isEqualTo(Band.PEAK);
		assertThat(ci.band(12, 5)).isEqualTo(Band.VALLEY);
	}

	@Test
	void hubeiResidentialBands() {
		BandCalendar res = this.calendars.forTariff("HB-RES", "RESIDENTIAL");
		assertThat(res.band(6, 23)).isEqualTo(Band.VALLEY);
		assertThat(res.band(6, 6)).isEqualTo(Band.VALLEY);
		assertThat(res.band(6, 7)).isEqualTo(Band.FLAT);
		assertThat(res.band(6, 17)).isEqualTo(Band.PEAK);
		assertThat(res.band(6, 21)).isEqualTo(Band.SHARP);
		assertThat(res.band(6, 22)).isEqualTo(Band.PEAK);
	}

	@Test
	void anUnknownTariffFallsBackToItsCategory() {
		assertThat(this.calendars.knows("XX-UNKNOWN")).isFalse();
		assertThat(this.calendars.forTariff("XX-UNKNOWN", "RESIDENTIAL").name()).isEqualTo("HUBEI_RES_TOU");
		assertThat(this.calendars.forTariff("XX-UNKNOWN", "LARGE_INDUSTRIAL").name()).isEqualTo("HUBEI_CI");
	}

}
