package com.gridloop.ingestion.reading;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

	@Test
	void readsMinutesAndSecondsWithSpaceOrT() {
		Timestamps.Parsed p = new Timestamps.Parsed();
		assertThat(Timestamps.parse("2026-06-01 13:45", p)).isTrue();
		assertThat(p.epochDay).isEqualTo(LocalDate.of(2026, 6, 1).toEpochDay());
		assertThat(p.minuteOfDay).isEqualTo(13 * 60 + 45);
		assertThat(Timestamps.parse("2013-01-01T00:30:00", p)).isTrue();
		assertThat(p.minuteOfDay).isEqualTo(30);
		assertThat(Timestamps.parse("2013-01-01 00:30:00.0000000", p)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-45 25:00", "2026-02-30 00:00", "26-06-01 00:00", "2026/06/01 00:00",
			"2026-06-01 24:00", "2026-06-01 00:60", "2026-06-01 00:00:61", "2026-06-01 00:00Z", "yesterday", "",
			"2026-06-01 00:0x" })
	void refusesWhatIsNotALocalTimestamp(String text) {
		assertThat(Timestamps.parse(text, new Timestamps.Parsed())).isFalse();
	}

}
