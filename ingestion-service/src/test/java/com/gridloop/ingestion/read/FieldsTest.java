package com.gridloop.ingestion.read;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gridloop.ingestion.quarantine.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {

	/** Fourteen hours ahead of UTC: its today is UTC's tomorrow for most of the day. */
	private static final ZoneId AHEAD = ZoneId.of("Pacific/Kiritimati");

	@Test
	void aDayUpToTodayInTheSourcesZoneIsKeptAndALaterOneRefused() throws RowRejected {
		Fields fields = new Fields(Map.of("closed_date", "x")::get, AHEAD, name -> 100);
		LocalDate today = LocalDate.now(AHEAD);
		assertThat(fields.notAfterToday("closed_date", today)).isEqualTo(today);
		assertThat(fields.notAfterToday("closed_date", today.minusYears(3))).isEqualTo(today.minusYears(3));
		assertThat(fields.notAfterToday("closed_date", null)).isNull();
		assertThatThrownBy(() -> fields.notAfterToday("closed_date", today.plusDays(1)))
			.isInstanceOfSatisfying(RowRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.FUTURE_TIMESTAMP))
			.hasMessage("closed_date is in the future: " + today.plusDays(1));
	}

}
