package com.gridloop.ingestion.read;

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
		assertThat(p.hasOffset()).isFalse();
	}

	@Test
	void readsIso8601OffsetsAndFractions() {
		Timestamps.Parsed p = new Timestamps.Parsed();
		assertThat(Timestamps.parse("2026-03-01T00:00:00+08:00", p)).isTrue();
		assertThat(p.offsetSeconds).isEqualTo(8 * 3600);
		assertThat(Timestamps.parse("2026-03-01T00:00Z", p)).isTrue();
		assertThat(p.offsetSeconds).isZero();
		assertThat(Timestamps.parse("2026-03-01 00:00:00.123456789-0530", p)).isTrue();
		assertThat(p.offsetSeconds).isEqualTo(-(5 * 3600 + 30 * 60));
		assertThat(p.nanos).isEqualTo(123_456_789);
		assertThat(Timestamps.parse("2026-03-01T23:59:59,5+08", p)).isTrue();
		assertThat(p.minuteOfDay).isEqualTo(23 * 60 + 59);
		assertThat(p.nanos).isEqualTo(500_000_000);
		assertThat(Timestamps.parse("2026-03-01", p)).isFalse();
		assertThat(Timestamps.parseDateOrTime("2026-03-01", p)).isTrue();
		assertThat(p.minuteOfDay).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-45 25:00", "2026-02-30 00:00", "26-06-01 00:00", "2026/06/01 00:00",
			"2026-06-01 24:00", "2026-06-01 00:60", "2026-06-01 00:00:61", "2026-06-01 00:00X", "yesterday", "",
			"2026-06-01 00:0x", "2026-06-01T00:00+19:00", "2026-06-01T00:00+08:0", "2026-06-01T00:00:00.",
			"2026-06-01T00:00:00+08:00Z" })
	void refusesWhatIsNotATimestamp(String text) {
		assertThat(Timestamps.parse(text, new Timestamps.Parsed())).isFalse();
	}

}
