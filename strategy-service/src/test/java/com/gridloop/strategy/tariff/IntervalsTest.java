package com.gridloop.strategy.tariff;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Interval input is refused at its first bad element, named by its index. */
class IntervalsTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsOrderedIntervals() {
		assertThat(Intervals.read(this.json.readTree("""
				[["2026-07-01T00:00+08:00", 12.5], ["2026-07-01T00:30+08:00", 0]]"""), 15, CHINA)).hasSize(2);
	}

	@Test
	void namesTheFirstBadElement() {
		refused("[[\"2026-07-01T00:00+08:00\", 1], [\"2026-07-01T00:15+08:00\", -0.5]]", 15, CHINA,
				"intervals[1][1]: negative kWh -0.5");
		refused("[[\"2026-07-01T00:15+08:00\", 1], [\"2026-07-01T00:00+08:00\", 1]]", 15, CHINA,
				"intervals[1][0]: 2026-07-01T00:00+08:00 is before intervals[0] (unsorted)");
		refused("[[\"2026-07-01T00:00+08:00\", 1], [\"2026-07-01T00:00+08:00\", 1]]", 15, CHINA,
				"intervals[1][0]: 2026-07-01T00:00+08:00 overlaps intervals[0]");
		refused("[[\"2026-07-01T00:00+08:00\", 1], [\"2026-06-30T16:15Z\", 1]]", 15, CHINA,
				"intervals[1][0]: offset Z mixes with the first interval's +08:00");
		refused("[[\"2026-07-01T00:05+08:00\", 1]]", 15, CHINA, "does not start on a 15-minute boundary");
		refused("[[\"2026-07-01T00:00\", 1]]", 15, CHINA,
				"intervals[0][0]: 2026-07-01T00:00 is not an ISO-8601 timestamp with an offset");
		refused("[[\"2026-07-01T00:00+08:00\"]]", 15, CHINA, "intervals[0]: expected [timestamp, kWh]");
		refused("[]", 15, CHINA, "intervals: give at least one");
	}

	@Test
	void londonLocalTimeMayChangeOffsetAtTheClockChange() {
		assertThat(Intervals.read(this.json.readTree("""
				[["2013-03-31T00:30+00:00", 1], ["2013-03-31T02:00+01:00", 1]]"""), 30, LONDON)).hasSize(2);
		assertThat(Intervals.read(this.json.readTree("""
				[["2013-03-31T00:30Z", 1], ["2013-03-31T01:00Z", 1]]"""), 30, LONDON)).hasSize(2);
	}

	private void refused(String intervals, int minutes, ZoneId zone, String message) {
		assertThatThrownBy(() -> Intervals.read(this.json.readTree(intervals), minutes, zone))
			.isInstanceOf(Intervals.BadInput.class)
			.hasMessageContaining(message);
	}

}
